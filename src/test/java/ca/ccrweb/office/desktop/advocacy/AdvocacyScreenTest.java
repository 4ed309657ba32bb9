package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.Audience;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ModelLetter;
import ca.ccrweb.office.core.advocacy.SuggestedAction;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import javafx.scene.Parent;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Advocacy section on screen: record an action and see the tallies move; fill a model letter and save it. */
@ExtendWith(ApplicationExtension.class)
class AdvocacyScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private MainWindow window;
    private Campaign campaign;
    private Organization member;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        member = office.membership().approve(office.membership().apply(TestOffices.draft(
                "Comité d’aide aux réfugiés de Montréal", "car@example.org", Province.QC)).id(), null).organization();
        campaign = office.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.now(FxTesting.CLOCK).minusMonths(3)));
        DemoAdvocacy.letters().forEach(letter -> office.advocacy().addLetter(campaign.id(), letter));
        executor = new FxTaskExecutor();
        window = FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    private void openAdvocacy(FxRobot robot) {
        robot.clickOn("#nav-advocacy");
        waitUntil(() -> robot.lookup("#campaignChoice").<ComboBox<Campaign>>query().getValue() != null);
    }

    private static <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(value));
    }

    @Test
    void recordingAnActionMovesTheTallies(FxRobot robot) {
        openAdvocacy(robot);
        robot.clickOn("#advocacy-tab-results");
        waitUntil(() -> FxTesting.text(robot, "#advocacyResultsSummary").startsWith("0 actions reported"));

        robot.clickOn("#advocacy-tab-actions");
        choose(robot, "#actionMember", member);
        choose(robot, "#actionKind", ActionKind.MEETING_WITH_MP);
        choose(robot, "#actionTarget", TargetKind.MP);
        choose(robot, "#actionResult", ActionResult.COMMITMENT);
        robot.clickOn("#recordActionButton");
        waitUntil(() -> robot.lookup("#actionRidingError").queryAs(Label.class).isVisible());
        assertThat(FxTesting.text(robot, "#actionRidingError")).isEqualTo("Name the MP’s riding.");
        assertThat(office.advocacy().actions(campaign.id())).isEmpty();

        robot.clickOn("#actionRiding").write("Laurier—Sainte-Marie");
        robot.clickOn("#recordActionButton");
        waitUntil(() -> office.advocacy().actions(campaign.id()).size() == 1);
        waitUntil(() -> FxTesting.rows(robot, "#advocacyActionsTable") == 1);
        assertThat(office.advocacy().actions(campaign.id()).getFirst().reporterName())
                .isEqualTo("Comité d’aide aux réfugiés de Montréal");

        robot.clickOn("#advocacy-tab-results");
        waitUntil(() -> FxTesting.text(robot, "#advocacyResultsSummary").startsWith("1 action reported by 1 "
                + "organization"));
        assertThat(FxTesting.text(robot, "#advocacyResultsSummary")).contains("0 letters to the minister",
                "1 commitment");

        for (String language : List.of("#language-fr", "#language-en")) {
            robot.clickOn(language);
            for (String tab : List.of("#advocacy-tab-actions", "#advocacy-tab-results", "#advocacy-tab-letters",
                    "#advocacy-tab-campaign")) {
                robot.clickOn(tab);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(FxTesting.missingTexts(robot.lookup("#mainWindow").<Parent>query()))
                        .as(tab + " " + language).isEmpty();
            }
        }
    }

    @Test
    void fillingAModelLetterSavesItsPdf(FxRobot robot) throws Exception {
        Path pdf = folder.resolve("lettre-ministre.pdf");
        window.exports().setSaveDialog(chooser -> pdf.toFile());
        openAdvocacy(robot);
        robot.clickOn("#advocacy-tab-letters");
        ModelLetter french = office.advocacy().letters(campaign.id()).stream()
                .filter(letter -> letter.language() == Language.FR && letter.audience() == Audience.ORGANIZATIONS)
                .findFirst().orElseThrow();
        waitUntil(() -> robot.lookup("#modelLetter").<ComboBox<ModelLetter>>query().getValue() != null);
        choose(robot, "#modelLetter", french);
        choose(robot, "#letterMember", member);
        waitUntil(() -> robot.lookup("#letterOrganization").queryAs(javafx.scene.control.TextField.class).getText()
                .equals(member.name()));
        robot.clickOn("#letterAddressee").write("Marc Miller");

        robot.clickOn("#saveLetterPdfButton");
        waitUntil(() -> robot.lookup("#letterSignatoryError").queryAs(Label.class).isVisible());
        assertThat(pdf).doesNotExist();

        robot.clickOn("#letterSignatory").write("Hélène Nguyễn");
        robot.clickOn("#saveLetterPdfButton");
        waitUntil(() -> Files.exists(pdf));
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            String text = PdfTextExtractor.getTextFromPage(document.getPage(1)).replace('\u00a0', ' ');
            assertThat(text).startsWith("Comité d’aide aux réfugiés de Montréal")
                    .contains("L’honorable Marc Miller", "Hélène Nguyễn", "vous écrit pour appuyer");
        }
        waitUntil(() -> !robot.lookup("#letterSignatoryError").queryAs(Label.class).isVisible());
    }

    @Test
    void aSuggestedActionAddedOnTheCampaignTabIsSavedWithTheCampaign(FxRobot robot) {
        int before = campaign.suggestedActions().size();
        openAdvocacy(robot);
        robot.clickOn("#advocacy-tab-campaign");
        javafx.scene.control.ScrollPane form = robot.lookup("#campaignForm").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#suggestionAudience", Audience.INDIVIDUALS);
        robot.clickOn("#suggestionFr").write("Parlez de la campagne à votre conseil municipal");
        robot.clickOn("#addSuggestionButton");
        waitUntil(() -> robot.lookup("#suggestionKindError").queryAs(Label.class).isVisible());

        javafx.scene.layout.VBox individuals = robot.lookup("#suggested-INDIVIDUALS").queryAs(javafx.scene.layout.VBox.class);
        int shown = individuals.getChildren().size();
        choose(robot, "#suggestionKind", ActionKind.OTHER);
        robot.interact(() -> form.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#suggestionEn").write("Tell your city council about the campaign");
        robot.clickOn("#addSuggestionButton");
        waitUntil(() -> individuals.getChildren().size() == shown + 1);
        robot.interact(() -> form.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveCampaignButton");

        waitUntil(() -> office.advocacy().campaigns().getFirst().suggestedActions().size() == before + 1);
        assertThat(office.advocacy().campaigns().getFirst().suggestedActions()).contains(new SuggestedAction(
                Audience.INDIVIDUALS, ActionKind.OTHER, "Parlez de la campagne à votre conseil municipal",
                "Tell your city council about the campaign"));
    }
}
