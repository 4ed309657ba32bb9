package ca.ccrweb.office.desktop.shell;

import atlantafx.base.theme.PrimerLight;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The start-up dialog over a truncated database, in French: the reason, the file untouched, the three choices. */
@ExtendWith(ApplicationExtension.class)
class StartupFaultDialogTest {
    @TempDir
    Path folder;

    private Stage stage;
    private StartupFault fault;
    private byte[] damaged;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = folder.resolve("ccr-office.db");
        DatabaseSettings settings = DatabaseSettings.sqliteFile(file);
        try (OfficeServices office = OfficeServices.open(settings, Actor.named("marie"))) {
            office.backups().backupNow();
        }
        byte[] whole = Files.readAllBytes(file);
        damaged = Arrays.copyOf(whole, whole.length - 1000);
        Files.write(file, damaged);
        fault = StartupFault.of(catchThrowable(() -> OfficeServices.open(settings, Actor.named("marie"))), settings,
                java.time.Clock.systemDefaultZone());
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void theDialogSaysWhyOffersTheThreeChoicesAndRestoreAsksWhichBackup(FxRobot robot) throws Exception {
        StartupFaultDialog dialog = new StartupFaultDialog(new Dialogs(new Localizer(Language.FR), () -> stage));
        AtomicReference<StartupFault.Remedy> chosen = new AtomicReference<>();
        Platform.runLater(() -> chosen.set(dialog.ask(fault)));

        waitUntil(() -> robot.lookup("#startupFaultDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#startupFaultDialog .content").queryLabeled().getText())
                .contains("tronqué").contains("n’a pas été modifié");
        assertThat(robot.lookup("#remedy-restore-backup").<Button>query().getText())
                .isEqualTo("Restaurer une sauvegarde…");
        assertThat(robot.lookup("#remedy-open-another-file").<Button>query().getText())
                .isEqualTo("Ouvrir un autre fichier de base de données…");
        assertThat(robot.lookup("#remedy-close").<Button>query().getText()).isEqualTo("Fermer");
        robot.clickOn("#remedy-restore-backup");
        waitUntil(() -> chosen.get() == StartupFault.Remedy.RESTORE_BACKUP);

        AtomicReference<Optional<Path>> backup = new AtomicReference<>();
        Platform.runLater(() -> backup.set(dialog.chooseBackup(fault)));
        waitUntil(() -> robot.lookup("#restoreChosenBackupButton").tryQuery().isPresent());
        robot.clickOn("#restoreChosenBackupButton");
        waitUntil(() -> backup.get() != null);
        assertThat(backup.get()).contains(fault.backups().getFirst());
        assertThat(Files.readAllBytes(folder.resolve("ccr-office.db"))).isEqualTo(damaged);
    }

    @Test
    void closingIsTheChoiceWhenStaffCloseTheDialog(FxRobot robot) {
        StartupFaultDialog dialog = new StartupFaultDialog(new Dialogs(new Localizer(Language.EN), () -> stage));
        AtomicReference<StartupFault.Remedy> chosen = new AtomicReference<>();
        Platform.runLater(() -> chosen.set(dialog.ask(fault)));

        waitUntil(() -> robot.lookup("#remedy-close").tryQuery().isPresent());
        robot.clickOn("#remedy-close");

        waitUntil(() -> chosen.get() == StartupFault.Remedy.CLOSE);
    }
}
