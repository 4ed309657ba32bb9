package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The few dialogs of the desktop, for what must be decided or cannot be fixed, in the user's language. */
public final class Dialogs {
    private final Localizer localizer;
    private final Supplier<Window> owner;

    public Dialogs(Localizer localizer, Supplier<Window> owner) {
        this.localizer = localizer;
        this.owner = owner;
    }

    public Localizer localizer() {
        return localizer;
    }

    public Window owner() {
        return owner.get();
    }

    /** Prepares a dialog: owner, title, stylesheet. */
    public <D extends Dialog<?>> D prepare(D dialog, String title) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(StyleClasses.STYLESHEET);
        Keyboard.install(pane);
        pane.setMinWidth(460);
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> growWithContent(dialog));
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Mnemonics.assign(pane));
        return dialog;
    }

    /**
     * A form grows as its messages appear: the window grows with it up to the screen's height, then the form
     * scrolls, and the dialog's buttons always stay in view.
     */
    private static void growWithContent(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
            pane.setContent(scroll);
        }
        if (pane.lookup(".button-bar") instanceof ButtonBar bar && pane.getPrefWidth() > 0) {
            // Each button as wide as its own words (a long one would make all as wide and push them out), and
            // sized again now: icons added since the bar was made need the room they take.
            bar.getButtons().forEach(button -> ButtonBar.setButtonUniformSize(button, false));
            bar.getButtons().setAll(List.copyOf(bar.getButtons()));
            bar.applyCss();
            double needed = bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset();
            pane.setPrefWidth(Math.max(pane.getPrefWidth(), Math.ceil(needed)));
        }
        Window window = pane.getScene().getWindow();
        Runnable fit = () -> fitToScreen(window);
        fit.run();
        if (content != null) {
            content.layoutBoundsProperty().addListener((observable, before, after) -> {
                if (before.getHeight() != after.getHeight()) {
                    Platform.runLater(fit);
                }
            });
        }
    }

    private static void fitToScreen(Window window) {
        if (!window.isShowing()) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        window.sizeToScene();
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
    }

    /**
     * Asks to confirm an action; the confirming button says what it does. Returns whether staff confirmed.
     */
    public boolean confirm(String header, String content, String confirmText, boolean dangerous) {
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION), localizer.get("app.title"));
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(confirm, cancel);
        alert.setHeaderText(header);
        alert.setContentText(content);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmButton");
        confirmButton.getStyleClass().add(dangerous ? Styles.DANGER : Styles.ACCENT);
        alert.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }

    /** Asks whether to throw away unsaved edits. */
    public boolean confirmDiscard() {
        return confirm(localizer.get("common.unsaved.header"), localizer.get("common.unsaved.content"),
                localizer.get("common.unsaved.discard"), true);
    }

    public void error(String header, String content) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), localizer.get("app.title"));
        ButtonType close = new ButtonType(localizer.get("common.action.close"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(close);
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getDialogPane().lookupButton(close).setId("closeErrorButton");
        alert.showAndWait();
    }
}
