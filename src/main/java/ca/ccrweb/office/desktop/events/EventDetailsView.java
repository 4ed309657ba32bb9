package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Permissions;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The event's details tab: the event form with Save and Cancel; Enter saves, Escape puts back what was saved. */
public final class EventDetailsView {
    private final BorderPane root = new BorderPane();

    /** The form, read-only with no Save or Cancel for a role that may not change events. */
    public EventDetailsView(EventFormViewModel viewModel, Localizer localizer, Permissions permissions) {
        root.setId("eventDetails");
        EventFormView form = new EventFormView(viewModel, localizer);
        Button save = Buttons.accent(localizer, "saveEventButton", "events.action.save", Feather.SAVE);
        save.disableProperty().bind(viewModel.savingProperty().or(viewModel.dirtyProperty().not()));
        save.setOnAction(event -> viewModel.save());
        Button cancel = Buttons.outlined(localizer, "revertEventButton", "common.action.cancel", null);
        cancel.disableProperty().bind(viewModel.dirtyProperty().not());
        cancel.setOnAction(event -> viewModel.revert());
        permissions.readOnlyUnless(Permission.MANAGE_EVENTS, form);
        permissions.showOnlyIf(Permission.MANAGE_EVENTS, save, cancel);
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        VBox content = new VBox(12, form, buttons);
        content.setMaxWidth(760);
        content.setPadding(new Insets(12, 16, 16, 4));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add(Tweaks.EDGE_TO_EDGE);

        root.setCenter(scroller);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextArea) && !save.isDisabled()) {
                event.consume();
                viewModel.save();
            } else if (event.getCode() == KeyCode.ESCAPE && viewModel.isDirty()) {
                event.consume();
                viewModel.revert();
            }
        });
    }

    Node view() {
        return root;
    }
}
