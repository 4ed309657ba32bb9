package ca.ccrweb.office.desktop.events;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.DateFields;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/** The event form's fields, each with its message right under it; the buttons belong to where it is shown. */
final class EventFormView extends VBox {
    private final EventFormViewModel viewModel;
    private final Localizer localizer;
    private final TextField titleFr;

    EventFormView(EventFormViewModel viewModel, Localizer localizer) {
        super(14);
        this.viewModel = viewModel;
        this.localizer = localizer;
        setId("eventForm");

        Message formMessage = new Message();
        formMessage.getStyleClass().add(Styles.DANGER);
        formMessage.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
        formMessage.descriptionProperty().bind(viewModel.formMessageProperty());
        formMessage.visibleProperty().bind(viewModel.formMessageProperty().isNotEmpty());
        formMessage.managedProperty().bind(formMessage.visibleProperty());

        ComboBox<EventKind> kind = Choices.of(localizer, List.of(EventKind.values()), viewModel.kindProperty(),
                "events.form.prompt.kind");
        kind.setId("eventKindField");
        ComboBox<EventStatus> status = Choices.of(localizer, List.of(EventStatus.values()), viewModel.statusProperty(),
                "events.form.prompt.status");
        status.setId("eventStatusField");
        titleFr = textField("titleFrField", viewModel.titleFrProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(field("kind", kind), 0, 0);
        grid.add(field("status", status), 1, 0);
        grid.add(field("titleFr", titleFr), 0, 1, 2, 1);
        grid.add(field("titleEn", textField("titleEnField", viewModel.titleEnProperty())), 0, 2, 2, 1);
        grid.add(field("startsOn", DateFields.picker(localizer, "startsOnField", viewModel.startsOnProperty())), 0, 3);
        grid.add(field("endsOn", DateFields.picker(localizer, "endsOnField", viewModel.endsOnProperty())), 1, 3);
        grid.add(field("city", textField("eventCityField", viewModel.cityProperty())), 0, 4);
        grid.add(field("venue", textField("venueField", viewModel.venueProperty())), 1, 4);
        grid.add(field("capacity", textField("capacityField", viewModel.capacityProperty())), 0, 5);
        grid.add(field("registrationDeadline", DateFields.picker(localizer, "registrationDeadlineField",
                viewModel.registrationDeadlineProperty())), 0, 6);
        grid.add(field("earlyBirdDeadline", DateFields.picker(localizer, "earlyBirdDeadlineField",
                viewModel.earlyBirdDeadlineProperty())), 1, 6);
        getChildren().addAll(formMessage, grid);
    }

    void focusFirstField() {
        titleFr.requestFocus();
    }

    private FormField field(String name, Control control) {
        return new FormField(localizer.text("events.field." + name), control, viewModel.errors().text(name));
    }

    private static TextField textField(String id, StringProperty bound) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(bound);
        return field;
    }
}
