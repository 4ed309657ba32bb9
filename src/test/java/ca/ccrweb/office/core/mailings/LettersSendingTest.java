package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.ApprovalResult;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.office.OfficeSettings;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The letters the office sends one by one, through the same outbox and a real SMTP server (GreenMail). */
class LettersSendingTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @TempDir
    Path folder;

    private GreenMail server;
    private OfficeServices office;
    private final Set<String> refused = new HashSet<>();

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        UserManager users = server.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> {
            if (refused.contains(address.getEmail())) {
                throw new MessagingException("mailbox unavailable");
            }
            GreenMailUser user = users.getUserByEmail(address.getEmail());
            return user != null ? user : users.createUser(address.getEmail(), address.getEmail(), address.getEmail());
        });
        office = TestOffices.openSqlite(folder);
        office.officeSettings().save(new OfficeSettings(null, null, "6839, rue Drolet\nMontréal (Québec) H2S 2T1",
                "514-277-7223", "info@ccrweb.ca", "https://ccrweb.ca"));
        office.mailings().pacer(pause -> { });
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, null,
                null, "info@ccrweb.ca", "Conseil canadien pour les réfugiés", 60));
    }

    @AfterEach
    void stop() {
        office.close();
        server.stop();
    }

    @Test
    void theWelcomeLetterReachesTheAdministratorInFrenchWithItsCodeWhichTheArchiveDoesNotKeep() throws Exception {
        ApprovalResult approved = office.membership().approve(office.membership().apply(
                RecipientRuleTest.organization("Centre d’accueil Nguyễn", "info@accueil.example", Language.FR)).id(),
                null);
        String code = approved.administrator().activationCode();

        Delivery delivery = office.mailings().sendLetter(Letters.welcome(approved.administrator(),
                approved.organization(), office.officeSettings().current(), TODAY));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        MimeMessage message = only();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("info@accueil.example");
        assertThat(message.getSubject()).isEqualTo("Bienvenue dans l’espace des membres du CCR");
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        String text = bodyText(message);
        assertThat(text).contains("Centre d’accueil Nguyễn est maintenant un organisme membre").contains(code)
                .contains("Conseil canadien pour les réfugiés").doesNotContain("désabonnement");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("lettre-de-bienvenue.pdf");
        try (InputStream pdf = parts.getBodyPart(1).getInputStream()) {
            assertThat(new String(pdf.readNBytes(5))).isEqualTo("%PDF-");
        }

        Mailing archived = office.mailings().mailings().getFirst();
        assertThat(archived.audience().kind()).isEqualTo(AudienceKind.ONE_PERSON);
        assertThat(archived.status()).isEqualTo(MailingStatus.FINISHED);
        assertThat(archived.bodyFr() + archived.bodyEn()).doesNotContain(code);
        assertThat(office.mailings().attachments(archived.id())).isEmpty();
        List<AuditEntry> trail = office.audit().entries("mailing", archived.id(), 10);
        assertThat(trail).anySatisfy(line -> assertThat(line.after()).contains("\"letter\":\"WELCOME\"")
                .contains("info@accueil.example"));
        assertThat(trail).allSatisfy(line -> assertThat(line.before() + " " + line.after()).doesNotContain(code));
    }

    @Test
    void theConfirmationAndTheReceiptOfARegistrationAreInTheRegistrantsLanguage() throws Exception {
        Event event = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 5, 29), "Halifax", null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                30_000L, 12_000L, null, null));
        Registration registration = office.registrations().register(event.id(), new RegistrationDraft(
                new ContactDraft("محمد عبد الله", "mohammed@example.org", null, Language.EN, null, null), null,
                "Halifax Refugee Clinic", null, Set.of(), Set.of(), Language.EN, null, null, null, null, null));
        office.payments().recordPayment(registration.id(), 10_000L, LocalDate.of(2027, 3, 2),
                PaymentMethod.values()[0], "CHQ-1042");
        registration = office.registrations().find(registration.id()).orElseThrow();

        office.mailings().sendLetter(Letters.registrationConfirmation(registration, event));
        office.mailings().sendLetter(Letters.paymentReceipt(registration, event,
                office.payments().payments(registration.id())));

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Your registration: Spring Consultation 2027");
        assertThat(bodyText(received[0])).startsWith("Hello محمد عبد الله,")
                .contains("We confirm your registration for Spring Consultation 2027 (May 27, 2027 – May 29, 2027, Halifax).")
                .contains("Rate: Non-member").contains("Amount due: $300.00 · paid: $100.00 · balance: $200.00");
        assertThat(received[1].getSubject()).isEqualTo("Receipt for your registration: Spring Consultation 2027");
        assertThat(bodyText(received[1])).contains("$100.00").contains("reference CHQ-1042")
                .contains("balance: $200.00");
        assertThat(office.mailings().mailings()).hasSize(2).allSatisfy(mailing ->
                assertThat(office.mailings().deliveries(mailing.id())).singleElement()
                        .satisfies(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT)));
    }

    @Test
    void theAwardLetterGoesWithItsPdfWhichTheArchiveKeeps() throws Exception {
        Event spring = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 5, 29), "Halifax", null, null, null, null, EventStatus.PLANNED));
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 1_000_000L);
        FundApplication award = office.fund().apply(new FundApplicationDraft(new ContactDraft("Hélène Nguyễn Thị Hương",
                "helene@example.org", null, Language.FR, null, null), null, FundStream.PARTICIPATION, 2027,
                Province.QC, Language.FR, List.of(spring.id()), List.of(
                new RequestedLine(ExpenseLine.TRAVEL, 90_000L, "Train Rimouski–Halifax")), null));
        award = office.fund().select(award.id(), Map.of(ExpenseLine.TRAVEL, 80_000L), null, null);

        office.mailings().sendLetter(Letters.awardLetter(award, office.fund().eventsOf(award),
                office.officeSettings().current(), TODAY));

        MimeMessage message = only();
        assertThat(message.getSubject()).isEqualTo("Fonds Amina Malko pour la participation des réfugiés");
        assertThat(bodyText(message)).startsWith("Bonjour Hélène Nguyễn Thị Hương,").contains("800,00 $");
        assertThat(((Multipart) message.getContent()).getBodyPart(1).getFileName()).isEqualTo("lettre-aide.pdf");
        Mailing archived = office.mailings().mailings().getFirst();
        assertThat(office.mailings().attachments(archived.id())).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("lettre-aide.pdf"));
    }

    @Test
    void aLetterRefusedByTheServerIsRecordedWithItsReply() {
        refused.add("info@accueil.example");
        ApprovalResult approved = office.membership().approve(office.membership().apply(
                RecipientRuleTest.organization("Accueil", "info@accueil.example", Language.FR)).id(), null);

        Delivery delivery = office.mailings().sendLetter(Letters.welcome(approved.administrator(),
                approved.organization(), office.officeSettings().current(), TODAY));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.REFUSED);
        assertThat(delivery.serverReply()).isNotBlank();
        assertThat(office.mailings().deliveries(office.mailings().mailings().getFirst().id())).containsExactly(delivery);
    }

    @Test
    void aWelcomeLetterThatCouldNotLeaveIsNeverSentLaterWithoutItsCode() {
        ApprovalResult approved = office.membership().approve(office.membership().apply(
                RecipientRuleTest.organization("Accueil", "info@accueil.example", Language.FR)).id(), null);
        Organization organization = approved.organization();
        server.stop();

        OfficeException lost = catchThrowableOfType(OfficeException.class, () -> office.mailings().sendLetter(
                Letters.welcome(approved.administrator(), organization, office.officeSettings().current(), TODAY)));

        assertThat(lost.key()).isEqualTo("mailings.error.connect");
        Mailing archived = office.mailings().mailings().getFirst();
        assertThat(office.mailings().tally(archived.id()).count(DeliveryStatus.FAILED)).isEqualTo(1);
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, null,
                null, "info@ccrweb.ca", null, 60));
        assertThat(office.mailings().requeueFailed(archived.id())).isEqualTo(1);

        office.mailings().send(archived.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(office.mailings().tally(archived.id()).count(DeliveryStatus.FAILED)).isEqualTo(1);
    }

    @Test
    void aLetterToSomeoneWithoutAnAddressIsRefusedByName() {
        Event event = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), null, null, null, null, null,
                EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                0L, 0L, null, null));
        Registration registration = office.registrations().register(event.id(), new RegistrationDraft(
                new ContactDraft("Sans Courriel", null, "514-555-0100", Language.FR, null, null), null, null, null,
                Set.of(), Set.of(), Language.FR, null, null, null, null, null));

        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> Letters.registrationConfirmation(registration, event));

        assertThat(refusal.key()).isEqualTo("mailings.letter.error.noEmail");
        assertThat(refusal.arguments()).contains("Sans Courriel");
    }

    private MimeMessage only() {
        assertThat(server.getReceivedMessages()).hasSize(1);
        return server.getReceivedMessages()[0];
    }

    private static String bodyText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent()).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        return String.valueOf(content).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
