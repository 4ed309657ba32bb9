package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.cases.CaseDraft;
import ca.ccrweb.office.core.cases.CaseFile;
import ca.ccrweb.office.core.cases.CaseKind;
import ca.ccrweb.office.core.cases.PersonDraft;
import ca.ccrweb.office.core.cases.PersonRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.Node;
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
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cases section on screen: a caseworker unlocks the cases, opens one, adds a step and a document (and the
 * opening is in the audit trail); a staff member sees the counts by kind and status and cannot open a case.
 */
@ExtendWith(ApplicationExtension.class)
class CasesScreenTest {
    private static final String PASSPHRASE = "une phrase de passe assez longue";

    @TempDir
    Path folder;

    private Stage stage;
    private OfficeServices administrator;
    private FxTaskExecutor executor;
    private CaseFile existing;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        administrator = FxTesting.openOffice(folder);
        Organization member = administrator.membership().approve(administrator.membership().apply(TestOffices.draft(
                "Comité d’aide aux réfugiés de Montréal", "car@example.org", Province.QC)).id(), null).organization();
        OfficeServices earlier = as(Role.CASEWORKER);
        earlier.cases().setUpKey(PASSPHRASE.toCharArray());
        existing = earlier.cases().create(new CaseDraft(CaseKind.SEPARATED_CHILD, member.id(), "Marie-Ève Tremblay",
                null, "someone.caseworker", LocalDate.now(FxTesting.CLOCK).minusDays(20), null, null, null, null, null, null));
        earlier.cases().addPerson(existing.id(), new PersonDraft("Hamid Rahimi", PersonRole.CHILD, "Afghanistan",
                LocalDate.now(FxTesting.CLOCK).minusYears(15)));
        executor = new FxTaskExecutor();
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        administrator.close();
    }

    private OfficeServices as(Role role) {
        return new OfficeServices(administrator.database(), FxTesting.CLOCK, new Actor() {
            @Override
            public String name() {
                return "someone." + role.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Role role() {
                return role;
            }
        });
    }

    private ca.ccrweb.office.desktop.shell.MainWindow showAs(FxRobot robot, Role role) {
        OfficeServices office = as(role);
        ca.ccrweb.office.desktop.shell.MainWindow[] window = new ca.ccrweb.office.desktop.shell.MainWindow[1];
        robot.interact(() -> window[0] = FxTesting.show(stage, office, executor));
        robot.clickOn("#nav-cases");
        return window[0];
    }

    /** As FxTesting.waitUntil, with the patience a loaded machine needs (the key derivation runs first). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> {
                try {
                    return org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get(20,
                            java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException busy) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The screen did not reach the expected state in time", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(id).tryQuery().map(node -> node.getScene() != null).orElse(false);
    }

    @Test
    void aCaseworkerUnlocksOpensACaseAndAddsAStepAndADocument(FxRobot robot) throws Exception {
        CasesView view = showAs(robot, Role.CASEWORKER).cases();
        waitUntil(() -> shown(robot, "#caseUnlockPassphrase"));

        robot.clickOn("#caseUnlockPassphrase").write("pas la bonne");
        robot.clickOn("#unlockCasesButton");
        waitUntil(() -> FxTesting.text(robot, "#caseUnlockPassphraseError").startsWith("Wrong passphrase"));

        robot.interact(() -> robot.lookup("#caseUnlockPassphrase").<javafx.scene.control.PasswordField>query()
                .setText(PASSPHRASE));
        robot.clickOn("#unlockCasesButton");
        waitUntil(() -> shown(robot, "#casesTable") && FxTesting.rows(robot, "#casesTable") == 1);

        FxTesting.clickCell(robot, "#casesTable", existing.summary().reference());
        waitUntil(() -> FxTesting.text(robot, "#caseTitle").equals("Case " + existing.summary().reference()));
        robot.clickOn("#case-tab-people");
        waitUntil(() -> FxTesting.rows(robot, "#casePeopleTable") == 1);
        assertThat(FxTesting.table(robot, "#casePeopleTable").getItems().getFirst()).extracting("name")
                .isEqualTo("Hamid Rahimi");

        robot.clickOn("#case-tab-log");
        robot.clickOn("#caseStepText");
        robot.interact(() -> robot.lookup("#caseStepText").<javafx.scene.control.TextArea>query()
                .setText("Appel à la DGRC : entrevue fixée au bureau local."));
        robot.interact(() -> robot.lookup("#addStepButton").<javafx.scene.control.Button>query().fire());
        waitUntil(() -> FxTesting.rows(robot, "#caseLogTable") == 1);

        Path letter = Files.writeString(folder.resolve("lettre-organisme.txt"), "Lettre de l’organisme",
                StandardCharsets.UTF_8);
        view.setFileDialogs(chooser -> letter.toFile(), chooser -> null);
        robot.clickOn("#case-tab-documents");
        robot.interact(() -> robot.lookup("#attachCaseDocumentButton").<javafx.scene.control.Button>query().fire());
        waitUntil(() -> FxTesting.rows(robot, "#caseDocumentsTable") == 1);

        OfficeServices reader = as(Role.CASEWORKER);
        reader.cases().unlock(PASSPHRASE.toCharArray());
        CaseFile saved = reader.cases().open(existing.id());
        assertThat(saved.steps()).singleElement().extracting("text")
                .isEqualTo("Appel à la DGRC : entrevue fixée au bureau local.");
        assertThat(saved.documents()).singleElement().extracting("fileName").isEqualTo("lettre-organisme.txt");
        assertThat(reader.cases().documentContent(saved.documents().getFirst().id()))
                .isEqualTo("Lettre de l’organisme".getBytes(StandardCharsets.UTF_8));
        assertThat(administrator.audit().entries("case_file", existing.id(), 50)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("CASE_OPEN");
            assertThat(entry.actor()).isEqualTo("someone.caseworker");
        });
    }

    @Test
    void aStaffMemberSeesOnlyTheCountsAndCannotOpenACase(FxRobot robot) {
        showAs(robot, Role.STAFF);
        waitUntil(() -> shown(robot, "#caseCountsTable") && FxTesting.rows(robot, "#caseCountsTable") == 1);

        assertThat(FxTesting.table(robot, "#caseCountsTable").getItems().getFirst().toString())
                .contains("SEPARATED_CHILD").contains("RECEIVED").contains("count=1");
        assertThat(robot.lookup("#casesTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#caseUnlockPassphrase").tryQuery().map(node -> node.getScene() != null)
                .orElse(false)).isFalse();
        assertThat(robot.lookup("#casePeopleTable").tryQuery()).isEmpty();
        assertThat(FxTesting.missingTexts(robot.lookup("#casesPage").queryParent())).isEmpty();
    }
}
