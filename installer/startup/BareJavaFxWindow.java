import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The baseline of installer/measure-startup.sh: the least a JavaFX application does before its first
 * window shows, run on the application's own runtime. Prints the same line as the application
 * (ca.ccrweb.office.desktop.ExitAfterStartup) when the window is shown, then quits.
 */
public class BareJavaFxWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare JavaFX window");
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1100, 720));
        stage.setOnShown(event -> {
            System.out.println("ccr.office.startup: first window shown");
            System.out.flush();
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(done -> Platform.exit());
            settle.play();
        });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
