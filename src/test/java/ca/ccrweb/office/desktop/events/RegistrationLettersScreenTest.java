package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.mailings.AudienceKind;
import ca.ccrweb.office.core.mailings.MailSecurity;
import ca.ccrweb.office.core.mailings.MailServer;
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
import java.time.LocalDate;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A registrant's confirmation and receipt sent by email from the registration's actions, found in the archive. */
@ExtendWith(ApplicationExtension.class)
class RegistrationLettersScreenTest {
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
        EventSamples samples = EventSamples.consultation(office, null);
        long amina = office.registrations().register(samples.consultation.id(), EventSamples.person("Amina Haddad",
                "amina@example.org", null, "Groupe citoyen de Dartmouth")).id();
        office.payments().recordPayment(amina, 10_000, LocalDate.now(FxTesting.CLOCK), PaymentMethod.CHEQUE, "n° 12");
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, null,
                null, "info@ccrweb.ca", "CCR", 6_000));
        office.mailings().pacer(pause -> { });
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
    void theConfirmationAndTheReceiptAreSentFromTheRegistrationAndArchived(FxRobot robot) throws Exception {
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        clickCell(robot, "#eventsTable", "Spring Consultation");
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 1);
        clickCell(robot, "#registrationsTable", "Amina Haddad");

        robot.clickOn("#emailRegistrationButton");
        robot.clickOn("#emailREGISTRATION_CONFIRMATION");
        assertThat(server.waitForIncomingEmail(30_000, 1)).isTrue();
        waitUntil(() -> robot.lookup("Registration confirmation sent to amina@example.org.").tryQuery().isPresent());
        robot.clickOn("#emailRegistrationButton");
        robot.clickOn("#emailPAYMENT_RECEIPT");
        assertThat(server.waitForIncomingEmail(30_000, 2)).isTrue();

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("amina@example.org");
        assertThat(received[1].getSubject()).startsWith("Reçu pour votre inscription").contains("Consultation");
        assertThat(String.valueOf(received[1].getContent())).contains("référence n° 12");
        waitUntil(() -> office.mailings().mailings().size() == 2);
        assertThat(office.mailings().mailings()).allSatisfy(mailing ->
                assertThat(mailing.audience().kind()).isEqualTo(AudienceKind.ONE_PERSON));
        robot.clickOn("#nav-communications");
        robot.clickOn("#mailingsTabHeader");
        waitUntil(() -> FxTesting.rows(robot, "#mailingsTable") == 2);
    }
}
