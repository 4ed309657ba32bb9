package ca.ccrweb.office.desktop.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * Short notifications that go away by themselves, in a strip of their own below the work area (right-aligned):
 * the strip has no height while none shows, and the page gives up room rather than being covered.
 */
public final class Toasts extends VBox {
    private static final Duration SHOWN_FOR = Duration.seconds(6);
    private static final Duration SHOWN_WITH_ACTION_FOR = Duration.seconds(12);
    private static final int MAX_SHOWN = 3;

    public Toasts() {
        super(8);
        getStyleClass().add(StyleClasses.TOASTS);
        setAlignment(Pos.BOTTOM_RIGHT);
        setId("toasts");
        setPickOnBounds(false);
        setMaxHeight(USE_PREF_SIZE);
        setFillWidth(false);
        getChildren().subscribe(() -> setPadding(getChildren().isEmpty() ? Insets.EMPTY : new Insets(8, 16, 8, 16)));
    }

    public void show(String message, String actionText, Runnable action) {
        Notification toast = new Notification(message, Icons.of(Feather.CHECK_CIRCLE));
        toast.getStyleClass().addAll(Styles.SUCCESS, Styles.ELEVATED_2);
        toast.setPrefWidth(380);
        toast.setMaxWidth(380);
        toast.setOnClose(event -> getChildren().remove(toast));
        if (actionText != null) {
            Button button = new Button(actionText);
            button.getStyleClass().add(Styles.SUCCESS);
            button.setOnAction(event -> {
                getChildren().remove(toast);
                action.run();
            });
            toast.setPrimaryActions(button);
        }
        getChildren().addLast(toast);
        while (getChildren().size() > MAX_SHOWN) {
            getChildren().removeFirst();
        }
        PauseTransition timer = new PauseTransition(actionText == null ? SHOWN_FOR : SHOWN_WITH_ACTION_FOR);
        timer.setOnFinished(event -> getChildren().remove(toast));
        timer.play();
    }
}
