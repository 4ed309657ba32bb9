package ca.ccrweb.office.desktop;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.events.EventRow;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The registration list measured in the real main window ({@code bench --ui}): the largest event opened from
 * the events list, then a name typed into the search field one key at a time, as fast as a quick typist, and
 * erased again, twice (the first time with the JVM still warming up). Prints, one line per figure, the time to open the list, each keystroke's time until the
 * filtered list is laid out, and the longest time the FX thread went without drawing a frame while typing.
 *
 * <p>It needs a screen (on a server, a virtual one such as Xvfb). The calling thread (the command line's)
 * drives the screen and waits for it; everything on screen happens on the FX thread, as when a person types.
 * Like {@link ExitAfterStartup}, it watches the application from outside, so it lives beside the shell.
 */
public final class RegistrationListProbe {
    private static final String TYPED = "tremblay";
    private static final long KEY_INTERVAL_MILLIS = 80;
    private static final long WAIT_SECONDS = 120;

    private final OfficeServices office;
    private final PrintWriter out;
    private final List<Long> frameGaps = Collections.synchronizedList(new ArrayList<>());
    private Stage stage;
    private FxTaskExecutor executor;
    private MainWindow window;
    private AnimationTimer frames;
    private volatile boolean recording;

    private RegistrationListProbe(OfficeServices office, PrintWriter out) {
        this.office = office;
        this.out = out;
    }

    /** Measures the list of the event with this id; returns once the window is closed again. */
    public static void measure(OfficeServices office, long eventId, PrintWriter out) throws Exception {
        new RegistrationListProbe(office, out).run(eventId);
    }

    private void run(long eventId) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(WAIT_SECONDS, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        try {
            onFx(() -> {
                showWindow();
                return null;
            });
            waitFor(() -> eventsTable() != null && !eventsTable().getItems().isEmpty());
            long openStarted = System.nanoTime();
            onFx(() -> {
                openEvent(eventId);
                return null;
            });
            int expected = office.registrations().ofEvent(eventId).size();
            waitFor(() -> registrationsTable() != null && registrationsTable().getItems().size() == expected);
            print("ui.open", millis(System.nanoTime() - openStarted), "ms");
            print("ui.rows", expected, "rows");

            typeAndErase("ui.first.");
            typeAndErase("ui.");
        } finally {
            onFx(() -> {
                if (frames != null) {
                    frames.stop();
                }
                if (stage != null) {
                    stage.close();
                }
                return null;
            });
            if (executor != null) {
                executor.shutdown();
            }
            Platform.exit();
        }
    }

    /**
     * Types the name and erases it, one key at a time, then prints the figures under this prefix. The first
     * time includes the JVM's warming up (classes loaded, code compiled); the second is a warm window.
     */
    private void typeAndErase(String prefix) throws Exception {
        frameGaps.clear();
        recording = true;
        List<Long> keystrokes = new ArrayList<>();
        for (int length = 1; length <= TYPED.length(); length++) {
            keystrokes.add(keystroke(String.valueOf(TYPED.charAt(length - 1))));
        }
        for (int length = TYPED.length(); length > 0; length--) {
            keystrokes.add(keystroke(null));
        }
        recording = false;
        Collections.sort(keystrokes);
        print(prefix + "keystroke.median", millis(keystrokes.get(keystrokes.size() / 2)), "ms");
        print(prefix + "keystroke.max", millis(keystrokes.getLast()), "ms");
        long longestGap;
        synchronized (frameGaps) {
            longestGap = frameGaps.stream().mapToLong(Long::longValue).max().orElse(0);
        }
        print(prefix + "fx.stall.max", millis(longestGap), "ms");
    }

    private void showWindow() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(),
                new Localizer(Language.FR), "bench", uri -> { });
        window = new MainWindow(services, new CoreExportWriters(office));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installShortcuts(scene);
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
        window.show(Section.EVENTS);
        frames = new AnimationTimer() {
            private long previous;

            @Override
            public void handle(long now) {
                if (recording && previous != 0) {
                    frameGaps.add(now - previous);
                }
                previous = now;
            }
        };
        frames.start();
    }

    /** Selects the event in the events list and presses Enter on it, as staff do. */
    @SuppressWarnings("unchecked")
    private void openEvent(long eventId) {
        TableView<EventRow> events = (TableView<EventRow>) eventsTable();
        EventRow row = events.getItems().stream().filter(item -> item.event().id() == eventId)
                .findFirst().orElseThrow(() -> new IllegalStateException("The event is not in the list"));
        events.getSelectionModel().select(row);
        events.requestFocus();
        events.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
    }

    /**
     * Types one character into the search field (or erases the last one when null) and returns the time
     * until the FX thread has laid out the filtered list and is ready to draw it, in nanoseconds.
     */
    private long keystroke(String character) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        onFx(() -> {
            TextField search = (TextField) stage.getScene().lookup("#registrationSearchField");
            search.requestFocus();
            search.end();
            long pressed = System.nanoTime();
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(afterLayout[0]);
                shown.complete(System.nanoTime() - pressed);
            };
            stage.getScene().addPostLayoutPulseListener(afterLayout[0]);
            if (character == null) {
                search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false,
                        false, false));
            } else {
                search.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, character, character, KeyCode.UNDEFINED, false,
                        false, false, false));
            }
            Platform.requestNextPulse();
            return null;
        });
        long elapsed = shown.get(WAIT_SECONDS, TimeUnit.SECONDS);
        Thread.sleep(KEY_INTERVAL_MILLIS);
        return elapsed;
    }

    private TableView<?> eventsTable() {
        return stage == null ? null : (TableView<?>) stage.getScene().lookup("#eventsTable");
    }

    private TableView<?> registrationsTable() {
        return stage == null ? null : (TableView<?>) stage.getScene().lookup("#registrationsTable");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The screen did not show the registration list in time");
            }
            Thread.sleep(20);
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private void print(String name, Object value, String unit) {
        out.println(name + ": " + value + " " + unit);
        out.flush();
    }
}
