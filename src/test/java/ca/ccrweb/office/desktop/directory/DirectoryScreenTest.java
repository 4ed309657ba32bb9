package ca.ccrweb.office.desktop.directory;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.directory.DirectoryQuery;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The directory: staff filter by a service and a clientele, open a card, export what they found. */
@ExtendWith(ApplicationExtension.class)
class DirectoryScreenTest {
    @TempDir
    static Path demo;

    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private Path exported;

    /** Made once, before the window: the demo takes longer than a window's start may. */
    @BeforeAll
    static void fillTheDemo() {
        try (OfficeServices demoOffice = FxTesting.openOffice(demo)) {
            DemoData.generate(demoOffice, 1, DemoData.DEFAULT_SEED);
        }
    }

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(demo);
        executor = new FxTaskExecutor();
        MainWindow window = FxTesting.show(stage, office, executor);
        exported = folder.resolve("directory.xlsx");
        window.exports().setSaveDialog(chooser -> exported.toFile());
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void filteringByServiceAndClienteleShowsTheMembersOfferingBothAndTheExportHasThem(FxRobot robot) throws Exception {
        List<String> expected = office.directory().search(new DirectoryQuery(null, null,
                Set.of(ServiceOffered.SETTLEMENT), Set.of(Clientele.WOMEN), null)).stream().map(Organization::name).toList();
        int everyone = office.directory().search(DirectoryQuery.everyone()).size();
        assertThat(expected).isNotEmpty().hasSizeLessThan(everyone);

        robot.clickOn("#nav-directory");
        waitUntil(() -> FxTesting.rows(robot, "#directoryTable") == everyone);
        robot.clickOn("#directoryService");
        robot.clickOn("Settlement services");
        robot.clickOn("#directoryClientele");
        robot.clickOn("Women");

        waitUntil(() -> FxTesting.rows(robot, "#directoryTable") == expected.size());
        assertThat(FxTesting.<Organization>table(robot, "#directoryTable").getItems()).extracting(Organization::name)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(FxTesting.text(robot, "#directoryCount")).isEqualTo(expected.size() + " member organizations");

        FxTesting.clickCell(robot, "#directoryTable", expected.getFirst());
        waitUntil(() -> robot.lookup("#directoryCardName").tryQuery().isPresent());
        assertThat(FxTesting.text(robot, "#directoryCardName")).isEqualTo(expected.getFirst());

        robot.clickOn("#exportButton");
        robot.clickOn("#export-xlsx");
        waitUntil(() -> robot.lookup("directory.xlsx is ready.").tryQuery().isPresent());
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(names.getFirst()).isEqualTo("Name");
        assertThat(names.subList(1, names.size())).containsExactlyInAnyOrderElementsOf(expected);
    }
}
