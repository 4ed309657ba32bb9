package ca.ccrweb.office.desktop;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A start-up session for the build, never for people: with {@code -Dccr.office.exitAfterStartup=true}
 * the application prints {@link #FIRST_WINDOW_SHOWN} when its first window is shown, and
 * {@link #WINDOW_CONTENT_REPLACED} when that window's first content (the "opening" pane) gives way to the
 * next (the main window, once the database is open); it lets that render for a moment, then quits. The AOT
 * cache's training run and the start-up measurement use it (installer/README.md). It watches from outside
 * the application, so the desktop code needs no hook.
 */
public final class ExitAfterStartup {
    public static final String PROPERTY = "ccr.office.exitAfterStartup";
    public static final String FIRST_WINDOW_SHOWN = "ccr.office.startup: first window shown";
    public static final String WINDOW_CONTENT_REPLACED = "ccr.office.startup: window content replaced";

    /** Long enough for the first frames of the new content to be part of the session. */
    private static final Duration SETTLE = Duration.seconds(1.5);
    /** A window whose content never changes (or a database that takes long to open) still ends the session. */
    private static final Duration CONTENT_WAIT = Duration.seconds(30);
    private static final long TOOLKIT_POLL_MILLIS = 5;
    private static final long FORCED_EXIT_MILLIS = 10_000;

    private static boolean windowSeen;
    private static boolean contentReplaced;

    private ExitAfterStartup() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call before the JavaFX application is launched; returns at once. */
    public static void arm() {
        Thread.ofPlatform().daemon().name("exit-after-startup").start(ExitAfterStartup::watchOnceTheToolkitRuns);
    }

    private static void watchOnceTheToolkitRuns() {
        while (true) {
            try {
                Platform.runLater(ExitAfterStartup::watchWindows);
                return;
            } catch (IllegalStateException toolkitNotStartedYet) {
                pause(TOOLKIT_POLL_MILLIS);
            }
        }
    }

    /** On the FX thread. The list holds the showing windows only. */
    private static void watchWindows() {
        ObservableList<Window> showing = Window.getWindows();
        if (!showing.isEmpty()) {
            firstWindowShown(showing.getFirst());
            return;
        }
        showing.addListener((ListChangeListener<Window>) change -> {
            if (!showing.isEmpty()) {
                firstWindowShown(showing.getFirst());
            }
        });
    }

    private static void firstWindowShown(Window window) {
        if (windowSeen) {
            return;
        }
        windowSeen = true;
        print(FIRST_WINDOW_SHOWN);
        PauseTransition deadline = new PauseTransition(CONTENT_WAIT);
        deadline.setOnFinished(event -> quit());
        deadline.play();
        if (window.getScene() != null) {
            window.getScene().rootProperty().addListener((root, before, after) -> {
                if (contentReplaced) {
                    return;
                }
                contentReplaced = true;
                deadline.stop();
                print(WINDOW_CONTENT_REPLACED);
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(event -> quit());
                settle.play();
            });
        }
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void quit() {
        // A worker thread that is not a daemon would keep the JVM alive after the toolkit stops: the run
        // must end all the same, or the AOT cache is never written.
        Thread.ofPlatform().daemon().name("exit-after-startup-deadline").start(() -> {
            pause(FORCED_EXIT_MILLIS);
            System.exit(0);
        });
        Platform.exit();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
