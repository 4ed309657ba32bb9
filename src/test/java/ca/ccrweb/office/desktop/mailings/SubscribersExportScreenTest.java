package ca.ccrweb.office.desktop.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lists tab's Export menu: the subscribers of the Chronique, as the table shows them (search included), written
 * to xlsx and CSV with the table's headers, their consent and their departure, accents and Arabic script intact.
 */
@ExtendWith(ApplicationExtension.class)
class SubscribersExportScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private final AtomicReference<Path> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        long chronique = office.mailingLists().listByCode(MailingList.CHRONIQUE).id();
        office.mailingLists().subscribe(chronique, new SubscriberDraft("Zoë Dubé", "zoe@example.org",
                "Table de concertation (TCRI)", Language.FR, ConsentKind.EXPRESS, LocalDate.of(2026, 3, 4),
                ConsentSource.FORM));
        office.mailingLists().subscribe(chronique, new SubscriberDraft("محمد عبد الله", "mohammed@example.org",
                null, Language.EN, ConsentKind.IMPLIED, LocalDate.of(2026, 5, 6), ConsentSource.EVENT_REGISTRATION));
        Subscriber leaving = office.mailingLists().subscribe(chronique, new SubscriberDraft("Ngozi Okafor",
                "ngozi@example.org", null, null, ConsentKind.EXPRESS, LocalDate.of(2025, 9, 1), ConsentSource.EMAIL));
        office.mailingLists().unsubscribe(leaving.id(), LocalDate.of(2026, 10, 1), "Asked by email");
        executor = new FxTaskExecutor();
        MainWindow window = FxTesting.show(stage, office, executor);
        window.exports().setSaveDialog(chooser -> chosen.get().toFile());
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void theSubscribersShownExportWithTheTablesHeadersTheirConsentAndTheirDeparture(FxRobot robot) throws Exception {
        robot.clickOn("#nav-communications");
        robot.clickOn("#mailingListsTabHeader");
        FxTesting.clickCell(robot, "#mailingListsTable", "CCR Chronicle (la Chronique du CCR)");
        waitUntil(() -> FxTesting.rows(robot, "#subscribersTable") == 3);

        Path xlsx = folder.resolve("chronicle.xlsx");
        chosen.set(xlsx);
        robot.clickOn("#exportSubscribersButton");
        robot.clickOn("#export-xlsx");
        waitUntil(() -> robot.lookup("chronicle.xlsx is ready.").tryQuery().isPresent());
        List<List<String>> rows = new ArrayList<>();
        DataFormatter cells = new DataFormatter(java.util.Locale.CANADA);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    values.add(row.getCell(c) == null ? "" : cells.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
        }
        List<String> headers = FxTesting.<Subscriber>table(robot, "#subscribersTable").getColumns().stream()
                .map(column -> column.getText()).toList();
        assertThat(rows.getFirst()).containsSubsequence(headers).containsExactly("Name", "Email", "Organization",
                "Language", "Consent", "Consent date", "Consent given by", "Unsubscribed", "Reason for leaving");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("Zoë Dubé", "محمد عبد الله", "Ngozi Okafor");
        List<String> zoe = rows.stream().filter(row -> row.get(0).equals("Zoë Dubé")).findFirst().orElseThrow();
        assertThat(zoe.subList(1, 5)).containsExactly("zoe@example.org", "Table de concertation (TCRI)", "fr",
                "Express");
        assertThat(zoe.get(6)).isEqualTo("Form");
        assertThat(zoe.get(7)).isEmpty();
        List<String> ngozi = rows.stream().filter(row -> row.get(0).equals("Ngozi Okafor")).findFirst().orElseThrow();
        assertThat(ngozi.get(3)).isEqualTo("fr + en");
        assertThat(ngozi.get(7)).isNotEmpty();
        assertThat(ngozi.get(8)).isEqualTo("Asked by email");

        // What the search leaves on screen is what the file holds.
        robot.clickOn("#subscriberSearch").write("mohammed");
        waitUntil(() -> FxTesting.rows(robot, "#subscribersTable") == 1);
        Path csv = folder.resolve("found.csv");
        chosen.set(csv);
        robot.clickOn("#exportSubscribersButton");
        robot.clickOn("#export-csv");
        waitUntil(() -> robot.lookup("found.csv is ready.").tryQuery().isPresent());
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("محمد عبد الله,mohammed@example.org,,en,Implied,2026-05-06,"
                + "Event registration,,");
        assertThat(FxTesting.missingTexts(robot.lookup("#mailingListsPage").queryParent())).isEmpty();
    }
}
