package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.imports.DuplicateChoice;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A small organizations file imported through the screens: columns, preview, update chosen for one duplicate. */
@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        office.membership().apply(SampleOffice.draft("Maison Bienvenue", null, "info@bienvenue.example",
                "Montréal", Province.QC, Language.FR));
        executor = new FxTaskExecutor();
        window = FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    /** The first read of a file warms up the reader and the database on a loaded machine: wait up to a minute. */
    private static void patiently(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get(5, java.util.concurrent.TimeUnit.SECONDS));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSmallOrganizationsFileComesInWithItsColumnsPreviewedAndOneDuplicateUpdated(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("membres.csv"), """
                Nom;Courriel;Prov.;Lieu
                Centre Élan;elan@example.org;Ontario;Toronto
                Maison Bienvenue;INFO@bienvenue.example;Qc;Laval
                """, StandardCharsets.UTF_8);
        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        robot.interact(() -> window.imports().setOpenDialog(owner -> file.toFile()));

        robot.clickOn("#importButton-organizations");
        waitUntil(() -> robot.lookup("#chooseImportFileButton").tryQuery().isPresent());
        robot.clickOn("#chooseImportFileButton");
        patiently(() -> FxTesting.rows(robot, "#importPreview") == 2);
        assertThat(robot.lookup("#column-NAME").<ComboBox<Integer>>query().getValue()).isEqualTo(0);
        assertThat(robot.lookup("#column-PROVINCE").<ComboBox<Integer>>query().getValue()).isEqualTo(2);
        assertThat(robot.lookup("#column-CITY").<ComboBox<Integer>>query().getValue()).isEqualTo(-1);
        assertThat(FxTesting.text(robot, "#importSummary")).contains("2 rows: 1 new, 1 duplicates, 0 in error");

        robot.interact(() -> robot.lookup("#column-CITY").<ComboBox<Integer>>query().setValue(3));
        waitUntil(() -> FxTesting.<ImportViewModel.PreviewLine>table(robot, "#importPreview").getItems().stream()
                .anyMatch(line -> "Laval".equals(line.row().cells().get(ca.ccrweb.office.core.imports.ImportField.CITY))));
        waitUntil(() -> robot.lookup("#rowChoice-3").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#rowChoice-3").<ComboBox<DuplicateChoice>>query()
                .setValue(DuplicateChoice.UPDATE));
        assertThat(office.membership().all()).hasSize(1);

        robot.clickOn("#runImportButton");

        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 2);
        assertThat(office.membership().all()).extracting(Organization::name)
                .containsExactlyInAnyOrder("Maison Bienvenue", "Centre Élan");
        assertThat(office.membership().all().stream().filter(o -> o.name().equals("Maison Bienvenue")).findFirst()
                .orElseThrow().city()).isEqualTo("Laval");
        assertThat(FxTesting.text(robot, "#importSummary")).contains("1 new, 1 updated, 0 skipped");
        assertThat(FxTesting.missingTexts(robot.lookup("#importWindow").queryParent())).isEmpty();

        robot.clickOn("#undoImportButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.DialogPane pane
                && pane.getContentText() != null && pane.getContentText().contains("to be removed: 1.")
                && pane.getContentText().contains("to be put back as they were: 1.")).tryQuery()).isPresent();
        robot.clickOn("#confirmButton");

        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 1);
        assertThat(office.membership().all()).singleElement()
                .satisfies(organization -> assertThat(organization.city()).isEqualTo("Montréal"));
    }
}
