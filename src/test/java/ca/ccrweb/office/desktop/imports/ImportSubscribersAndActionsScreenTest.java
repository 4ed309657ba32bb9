package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's action reports imported from the Advocacy section (the campaign shown is chosen, the tallies move),
 * and list subscribers chosen as the kind in the import window.
 */
@ExtendWith(ApplicationExtension.class)
class ImportSubscribersAndActionsScreenTest {
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
        executor = new FxTaskExecutor();
        window = FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    private static void patiently(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void actionReportsFromASpreadsheetComeIntoTheCampaignShownAndTheTalliesMove(FxRobot robot) throws Exception {
        LocalDate day = LocalDate.now(FxTesting.CLOCK).minusDays(10);
        Path file = Files.writeString(folder.resolve("actions.csv"), """
                Date;Qui a agi;Province;Action;Cible;Circonscription;Résultat
                %s;Comité d'aide aux réfugiés de Montréal;;Lettre au ministre;Ministre;;Réponse reçue
                %s;Awa Diallo;MB;Rencontre avec un·e député·e;Député·e;Winnipeg-Centre;Engagement
                """.formatted(day, day.minusDays(1)), StandardCharsets.UTF_8);
        robot.clickOn("#nav-advocacy");
        waitUntil(() -> robot.lookup("#campaignChoice").<ComboBox<Campaign>>query().getValue() != null);
        robot.clickOn("#advocacy-tab-results");
        waitUntil(() -> FxTesting.text(robot, "#advocacyResultsSummary").startsWith("0 actions reported"));
        robot.interact(() -> window.imports().setOpenDialog(owner -> file.toFile()));

        robot.clickOn("#importButton-action-reports");
        waitUntil(() -> robot.lookup("#importCampaign").tryQuery().isPresent()
                && robot.lookup("#importCampaign").<ComboBox<Campaign>>query().getValue() != null);
        assertThat(robot.lookup("#importCampaign").<ComboBox<Campaign>>query().getValue().id()).isEqualTo(campaign.id());
        robot.clickOn("#chooseImportFileButton");
        patiently(() -> FxTesting.rows(robot, "#importPreview") == 2);
        assertThat(FxTesting.text(robot, "#importSummary")).contains("2 rows: 2 new, 0 duplicates, 0 in error");
        assertThat(FxTesting.missingTexts(robot.lookup("#importWindow").queryParent())).isEmpty();

        robot.clickOn("#runImportButton");

        waitUntil(() -> office.advocacy().actions(campaign.id()).size() == 2);
        ActionReport letter = office.advocacy().actions(campaign.id()).stream()
                .filter(action -> action.kind() == ActionKind.LETTER_TO_MINISTER).findFirst().orElseThrow();
        assertThat(letter.organizationId()).isEqualTo(member.id());
        assertThat(letter.reporterKind()).isEqualTo(ReporterKind.ORGANIZATION);
        robot.clickOn("#closeImportButton");
        waitUntil(() -> FxTesting.text(robot, "#advocacyResultsSummary").startsWith("2 actions reported"));
        assertThat(FxTesting.text(robot, "#advocacyResultsSummary")).contains("1 letter to the minister",
                "1 commitment");
    }

    @Test
    void listSubscribersChosenAsTheKindComeOntoTheirListsAndTheUnsubscribedStayOff(FxRobot robot) throws Exception {
        MailingList chronicle = office.mailingLists().listByCode(MailingList.CHRONIQUE);
        Subscriber left = office.mailingLists().subscribe(chronicle.id(), new SubscriberDraft("Parti Ailleurs",
                "parti@example.org", null, Language.FR, ConsentKind.EXPRESS, LocalDate.of(2024, 1, 5),
                ConsentSource.FORM));
        office.mailingLists().unsubscribe(left.id(), null, "ne veut plus");
        Path file = Files.writeString(folder.resolve("abonnés.csv"), """
                Liste;Courriel;Nom
                Chronique;ana@example.org;Ana Pérez
                Chronique;parti@example.org;Parti Ailleurs
                """, StandardCharsets.UTF_8);
        robot.clickOn("#nav-contacts");
        robot.interact(() -> window.imports().setOpenDialog(owner -> file.toFile()));
        robot.clickOn("#importButton-contacts");
        waitUntil(() -> robot.lookup("#importKind").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importKind").<ComboBox<ImportKind>>query().setValue(ImportKind.SUBSCRIBERS));

        robot.clickOn("#chooseImportFileButton");
        patiently(() -> FxTesting.rows(robot, "#importPreview") == 2);
        assertThat(FxTesting.text(robot, "#importSummary")).contains("2 rows: 1 new, 1 duplicates, 0 in error");
        assertThat(FxTesting.missingTexts(robot.lookup("#importWindow").queryParent())).isEmpty();
        robot.clickOn("#runImportButton");

        waitUntil(() -> office.mailingLists().subscribers(chronicle.id()).size() == 2);
        assertThat(office.mailingLists().subscribers(chronicle.id())).filteredOn(Subscriber::subscribed)
                .extracting(Subscriber::email).containsExactly("ana@example.org");
    }
}
