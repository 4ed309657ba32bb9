package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.imports.ImportBatch;
import ca.ccrweb.office.core.imports.ImportFile;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.imports.ImportProgress;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.control.TableView;
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

/** The past imports, from the import window: listed with what each did, one undone from the list. */
@ExtendWith(ApplicationExtension.class)
class ImportBatchesScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private long earlier;
    private long later;

    @Start
    void start(Stage stage) throws Exception {
        office = FxTesting.openOffice(folder);
        earlier = imported("membres.csv", ImportKind.ORGANIZATIONS, "Nom;Courriel;Prov.\nCentre Élan;elan@example.org;Ontario\n");
        later = imported("personnes.csv", ImportKind.CONTACTS,
                "Nom complet;Courriel\nNguyễn Văn An;an@example.org\nأمينة حداد;amina@example.org\n");
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    private long imported(String name, ImportKind kind, String text) throws Exception {
        Path file = Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        ImportFile read = office.imports().read(file);
        return office.imports().importRows(read, office.imports().propose(read, kind, null), ImportProgress.NONE, false)
                .batchId();
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void pastImportsAreListedNewestFirstAndOneIsUndoneFromTheList(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        waitUntil(() -> FxTesting.rows(robot, "#contactsTable") == 2);
        robot.clickOn("#importButton-contacts");
        waitUntil(() -> robot.lookup("#pastImportsButton").tryQuery().isPresent());

        robot.clickOn("#pastImportsButton");

        waitUntil(() -> robot.lookup("#importBatchesTable").tryQuery().isPresent()
                && FxTesting.rows(robot, "#importBatchesTable") == 2);
        TableView<ImportBatch> table = FxTesting.table(robot, "#importBatchesTable");
        assertThat(table.getItems()).extracting(ImportBatch::id).containsExactly(later, earlier);
        assertThat(FxTesting.missingTexts(robot.lookup("#importBatchesWindow").queryParent())).isEmpty();
        assertThat(robot.lookup("#undoBatchButton").queryButton().isDisabled()).isTrue();

        FxTesting.clickCell(robot, "#importBatchesTable", "personnes.csv");
        robot.clickOn("#undoBatchButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.DialogPane pane
                && pane.getContentText() != null && pane.getContentText().contains("Records it created, to be removed: 2")
                && pane.getContentText().contains("Records it changed, to be put back as they were: 0")).tryQuery())
                .isPresent();
        assertThat(office.contacts().all()).as("nothing undone before it is confirmed").hasSize(2);
        robot.clickOn("#confirmButton");

        waitUntil(() -> office.contacts().all().isEmpty());
        waitUntil(() -> FxTesting.<ImportBatch>table(robot, "#importBatchesTable").getItems().stream()
                .anyMatch(batch -> batch.id() == later && batch.undone()));
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.Labeled labeled
                && labeled.getText() != null && labeled.getText().startsWith("Undone ")
                && labeled.getText().endsWith(" by test")).tryQuery()).isPresent();
        assertThat(office.membership().all()).hasSize(1);
        assertThat(office.imports().batch(earlier).orElseThrow().undone()).isFalse();
        waitUntil(() -> FxTesting.rows(robot, "#contactsTable") == 0);
    }
}
