package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.BackgroundWork;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressWork;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out, as the application does it (a new main window at each sign-in, on the fund, the door's screen in its
 * place at sign-out), leaves no window behind: the old ones are collected, and a switch of language makes
 * none of them read its data again.
 */
@ExtendWith(ApplicationExtension.class)
class SignInAndOutScreenTest {
    @TempDir
    Path folder;

    private final Localizer localizer = new Localizer(Language.EN);
    private OfficeServices office;
    private FxTaskExecutor workers;
    private CountingExecutor executor;
    private Scene scene;

    @Start
    void start(Stage given) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        office = FxTesting.openOffice(folder);
        workers = new FxTaskExecutor();
        executor = new CountingExecutor(workers);
        // A stage of its own: TestFX records the events fired on the stage it hands out, which would keep them.
        Stage own = new Stage();
        scene = new Scene(door(), 1280, 800);
        own.setScene(scene);
        own.show();
    }

    @Stop
    void stop() throws Exception {
        workers.shutdown();
        office.close();
    }

    @Test
    void tenSignInsAndOutsLeaveNoWindowBehindAndNoReloadAtALanguageSwitch(FxRobot robot) throws Exception {
        List<WeakReference<MainWindow>> signedOut = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            signedOut.add(signInOnTheFundThenSignOut(robot));
        }

        int before = executor.started();
        robot.interact(() -> localizer.setLanguage(Language.FR));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.started()).as("work started by windows signed out of").isEqualTo(before);

        for (int attempt = 0; attempt < 100 && signedOut.stream().anyMatch(window -> window.get() != null);
             attempt++) {
            System.gc();
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(signedOut).as("windows signed out of, after collection").allSatisfy(window ->
                assertThat(window.get()).isNull());
    }

    @Test
    void theWindowShownStillReadsItsYearAgainAtASwitchOfLanguage(FxRobot robot) throws Exception {
        MainWindow window = signIn(robot);
        int before = executor.started();

        robot.interact(() -> localizer.setLanguage(Language.FR));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.started()).isGreaterThan(before);
        robot.interact(window::dispose);
    }

    private WeakReference<MainWindow> signInOnTheFundThenSignOut(FxRobot robot) throws Exception {
        MainWindow window = signIn(robot);
        robot.interact(() -> {
            window.dispose();
            scene.setRoot(door());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new WeakReference<>(window);
    }

    private MainWindow signIn(FxRobot robot) throws Exception {
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            AppServices services = new AppServices(office, executor, DesktopPreferences.inMemory(), localizer,
                    "test@workstation", uri -> { }, () -> { });
            MainWindow shown = new MainWindow(services, new CoreExportWriters(office));
            scene.setRoot(shown.root());
            shown.installShortcuts(scene);
            shown.show(Section.FUND);
            return shown;
        }).get();
        // Ten windows built one after the other on two busy cores: the FX thread may answer slowly.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#fundYear").tryQuery().map(years -> !((ComboBox<?>) years).getItems().isEmpty())
                .orElse(false)).get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static Label door() {
        return new Label("Sign in");
    }

    /** The application's executor, counting the work started through it. */
    private static final class CountingExecutor implements TaskExecutor {
        private final TaskExecutor real;
        private final AtomicInteger started = new AtomicInteger();

        CountingExecutor(TaskExecutor real) {
            this.real = real;
        }

        int started() {
            return started.get();
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            started.incrementAndGet();
            real.run(work, onSuccess, onFailure);
        }

        @Override
        public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                                        Consumer<Throwable> onFailure) {
            started.incrementAndGet();
            real.runWithProgress(description, work, onSuccess, onFailure);
        }

        @Override
        public BackgroundWork backgroundWork() {
            return real.backgroundWork();
        }

        @Override
        public void shutdown() {
            real.shutdown();
        }
    }
}
