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

/** Short notifications in the bottom right corner of the work area that go away by themselves. */
public final class Toasts extends VBox {
    private static final Duration SHOWN_FOR = Duration.seconds(6);
    private static final Duration SHOWN_WITH_ACTION_FOR = Duration.seconds(12);
    private static final int MAX_SHOWN = 3;

    public Toasts() {
        super(8);
        getStyleClass().add(StyleClasses.TOASTS);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPadding(new Insets(16));
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setFillWidth(false);
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
