package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restore from Administration → Backups, end to end: a copy made on screen, changes after it, the copy restored;
 * the data is the copy's again, what it replaced is kept aside, and the application asks to close.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private final AtomicInteger closeRequests = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Session session = new Session();
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("office.db")), session);
        office.staff().createFirstAdministrator("marie", "Marie Tremblay", "correct horse battery");
        session.start(office.staff().signIn("marie", "correct horse battery"));
        SampleOffice.fill(office);
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor, closeRequests::incrementAndGet);
    }

    @Stop
    void stop() {
        executor.shutdown();
        office.close();
    }

    @Test
    void aBackupRestoredFromTheScreenGivesBackItsDataAndKeepsTheReplacedDataAside(FxRobot robot) {
        List<Organization> backedUp = office.membership().all();
        robot.clickOn("#nav-administration");
        robot.clickOn("#backupsTabHeader");
        waitUntil(() -> FxTesting.rows(robot, "#backupsTable") == 1);
        robot.clickOn("#backUpNowButton");
        waitUntil(() -> FxTesting.rows(robot, "#backupsTable") == 2);
        BackupFile chosen = FxTesting.<BackupFile>table(robot, "#backupsTable").getSelectionModel().getSelectedItem();
        assertThat(chosen.path()).isEqualTo(office.backups().list().getFirst());

        Organization added = office.membership().apply(TestOffices.draft("Ajouté après la copie", "apres@example.org",
                Province.PE));
        office.membership().withdraw(backedUp.stream().filter(org -> org.name().equals("FCJ Refugee Centre"))
                .findFirst().orElseThrow().id(), "Changement d’avis");
        assertThat(office.membership().all()).hasSize(backedUp.size() + 1);

        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        waitUntil(() -> robot.lookup("#closeAfterRestoreButton").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("The previous data is kept aside in ").contains(folder.resolve("backups").toString());
        assertThat(closeRequests).hasValue(0);
        robot.clickOn("#closeAfterRestoreButton");
        waitUntil(() -> closeRequests.get() == 1);

        assertThat(office.membership().all()).isEqualTo(backedUp);
        Path keptAside = office.backups().list().getFirst();
        OfficeServices aside = new OfficeServices(Database.open(DatabaseSettings.sqliteFile(keptAside)),
                office.clock(), Actor.named("test"));
        assertThat(aside.membership().all()).hasSize(backedUp.size() + 1)
                .anySatisfy(org -> assertThat(org.id()).isEqualTo(added.id()));
        assertThat(office.audit().entries("database", null, 5)).first()
                .satisfies(line -> assertThat(line.action()).isEqualTo("RESTORE"));
    }
}
