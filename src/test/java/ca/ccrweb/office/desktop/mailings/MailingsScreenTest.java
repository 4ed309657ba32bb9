package ca.ccrweb.office.desktop.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.MailSecurity;
import ca.ccrweb.office.core.mailings.MailServer;
import ca.ccrweb.office.core.mailings.RecipientRuleTest;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.Arrays;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A bilingual member mailing composed on screen, counted, sent to a real SMTP server and found in the archive. */
@ExtendWith(ApplicationExtension.class)
class MailingsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private GreenMail server;

    @Start
    void start(Stage stage) {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        office = FxTesting.openOffice(folder);
        RecipientRuleTest.member(office, "Table de concertation (TCRI)", "info@tcri.example", Language.FR);
        RecipientRuleTest.member(office, "MOSAIC", "hello@mosaic.example", Language.EN);
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, null,
                null, "info@ccrweb.ca", "CCR", 6_000));
        office.mailings().pacer(pause -> { });
        var webinar = office.events().create(new ca.ccrweb.office.core.events.EventDraft(
                ca.ccrweb.office.core.events.EventKind.WEBINAR, "Webinaire sur le PST", "TRP webinar",
                java.time.LocalDate.of(2027, 2, 4), java.time.LocalDate.of(2027, 2, 4), null, null, null, null, null,
                ca.ccrweb.office.core.events.EventStatus.REGISTRATION_OPEN));
        office.events().addRate(webinar.id(), new ca.ccrweb.office.core.events.RateCategoryDraft(
                ca.ccrweb.office.core.events.RateKind.NON_MEMBER, "Non-membre", "Non-member", 0L, 0L, null, null));
        for (var person : java.util.List.of(new String[] {"Zoë Dubé", "zoe@example.org", "FR"},
                new String[] {"محمد عبد الله", "mohammed@example.org", "EN"})) {
            Language language = Language.fromCode(person[2]);
            office.registrations().register(webinar.id(), new ca.ccrweb.office.core.events.RegistrationDraft(
                    new ca.ccrweb.office.core.contacts.ContactDraft(person[0], person[1], null, language, null, null),
                    null, null, null, java.util.Set.of(), java.util.Set.of(), language, null, null, null, null, null));
        }
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
        server.stop();
    }

    @Test
    void aBilingualMemberMailingIsCountedSentAndArchived(FxRobot robot) throws Exception {
        robot.clickOn("#nav-communications");
        robot.clickOn("#mailingsTabHeader");
        waitUntil(() -> FxTesting.text(robot, "#recipientCount")
                .equals("2 recipients: 1 in French, 1 in English, 0 in both languages"));

        robot.clickOn("#subjectFrField").write("Assemblée générale");
        robot.clickOn("#bodyFrField").write("Bonjour {{organisme}}, l’assemblée aura lieu à Halifax.");
        robot.clickOn("#subjectEnField").write("General assembly");
        robot.clickOn("#bodyEnField").write("Hello {{organization}}, the assembly will be held in Halifax.");
        robot.clickOn("#previewButton");
        waitUntil(() -> robot.lookup("#previewArea").queryTextInputControl().getText()
                .startsWith("Subject: Assemblée générale\n\nBonjour Table de concertation (TCRI), l’assemblée"));

        robot.clickOn("#sendMailingButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");

        assertThat(server.waitForIncomingEmail(30_000, 2)).isTrue();
        waitUntil(() -> FxTesting.rows(robot, "#mailingsTable") == 1
                && FxTesting.text(robot, "#mailingTally").equals("2 of 2 sent, 0 failed, 0 waiting"));
        assertThat(FxTesting.rows(robot, "#deliveriesTable")).isEqualTo(2);
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(Arrays.stream(received).map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("Assemblée générale", "General assembly");
        assertThat(FxTesting.missingTexts(robot.lookup("#mailingsPage").queryParent())).isEmpty();
    }

    @Test
    void theRegistrantsOfAnEventAreChosenOnScreenAndCounted(FxRobot robot) {
        robot.clickOn("#nav-communications");
        robot.clickOn("#mailingsTabHeader");
        waitUntil(() -> FxTesting.text(robot, "#recipientCount")
                .equals("2 recipients: 1 in French, 1 in English, 0 in both languages"));

        robot.clickOn("#audienceField");
        robot.clickOn("Registrants of an event");

        waitUntil(() -> robot.lookup("#audienceEventField").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        waitUntil(() -> FxTesting.text(robot, "#recipientCount")
                .equals("2 recipients: 1 in French, 1 in English, 0 in both languages")
                && robot.lookup("TRP webinar").tryQuery().isPresent());
        robot.clickOn("#audienceStatusField");
        robot.clickOn("Cancelled");
        waitUntil(() -> FxTesting.text(robot, "#recipientCount").startsWith("0 recipients")
                || FxTesting.text(robot, "#recipientCount").startsWith("No recipient"));

        robot.clickOn("#audienceField");
        robot.clickOn("Fund applicants of a year");
        waitUntil(() -> robot.lookup("#audienceYearField").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(FxTesting.missingTexts(robot.lookup("#mailingsPage").queryParent())).isEmpty();
    }
}
