package ca.ccrweb.office.desktop.communications;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The quarterly update on screen: open the editor, edit a section, see the preview change, save the PDF. */
@ExtendWith(ApplicationExtension.class)
class CommunicationsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private Path saved;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        office.quarterlyUpdates().create(DemoUpdates.typical(new Quarter(2026, 4), Language.EN,
                LocalDate.of(2026, 12, 1)));
        executor = new FxTaskExecutor();
        MainWindow window = FxTesting.show(stage, office, executor);
        saved = folder.resolve("quarterly-update.pdf");
        window.exports().setSaveDialog(chooser -> saved.toFile());
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void editingASectionRedrawsThePreviewAndTheSavedPdfHasTheEdit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-communications");
        waitUntil(() -> FxTesting.rows(robot, "#updatesTable") == 1);
        robot.clickOn(robot.lookup("#updatesTable .table-row-cell").nth(0).<Node>query());
        robot.clickOn("#openUpdateButton");
        waitLonger(() -> robot.lookup("#quarterlyEditor").tryQuery().isPresent() && pages(robot).size() == 2);
        Image pageOneBefore = pages(robot).getFirst();
        String fitBefore = FxTesting.text(robot, "#fitPage1Text");
        assertThat(fitBefore).startsWith("Page 1: ").endsWith("% used");

        robot.clickOn("#sectionBodyField");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER, KeyCode.ENTER).write("Registration for the spring consultation opens in March.");

        waitLonger(() -> !FxTesting.text(robot, "#fitPage1Text").equals(fitBefore)
                && pages(robot).size() == 2 && pages(robot).getFirst() != pageOneBefore);
        assertThat(differentPixels(pageOneBefore, pages(robot).getFirst())).isPositive();
        assertThat(robot.lookup("#overflowWarning").query().isVisible()).isFalse();

        robot.clickOn("#savePdfButton");
        waitUntil(() -> Files.exists(saved));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(saved.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)).replaceAll("\\s+", " "))
                    .contains("Registration for the spring consultation opens in March.");
        }
    }

    @Test
    void theSectionShowsItsTextsInBothLanguages(FxRobot robot) throws Exception {
        robot.clickOn("#nav-communications");
        waitUntil(() -> FxTesting.rows(robot, "#updatesTable") == 1);
        robot.clickOn(robot.lookup("#updatesTable .table-row-cell").nth(0).<Node>query());
        robot.clickOn("#openUpdateButton");
        waitLonger(() -> robot.lookup("#previewPages").tryQuery().isPresent() && pages(robot).size() == 2);
        for (String language : List.of("#language-fr", "#language-en")) {
            robot.clickOn(language);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query())).as(language).isEmpty();
        }
    }

    /** Drawing the preview takes seconds on a busy machine (the whole suite runs beside it). */
    private static void waitLonger(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    private static List<Image> pages(FxRobot robot) {
        // Empty until the editor is on screen: the waits below ask again rather than fail on a first look.
        return robot.lookup("#previewPages").<VBox>tryQuery().map(pages -> pages.getChildren().stream()
                .map(node -> ((ImageView) node).getImage()).toList()).orElse(List.of());
    }

    private static long differentPixels(Image a, Image b) {
        long different = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    different++;
                }
            }
        }
        return different;
    }
}
