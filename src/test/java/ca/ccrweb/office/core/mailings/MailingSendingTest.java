package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.l10n.Language;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sending through a real SMTP server (GreenMail) started by the test. */
class MailingSendingTest {
    @TempDir
    Path folder;

    private GreenMail server;
    private OfficeServices office;
    private final Set<String> refused = new HashSet<>();

    @BeforeEach
    void start() {
        server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
                ServerSetupTest.SMTPS.dynamicPort()});
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
    }

    @AfterEach
    void stop() {
        office.close();
        server.stop();
    }

    private void plainServer(int messagesPerMinute) {
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE, null,
                null, "info@ccrweb.ca", "Conseil canadien pour les réfugiés", messagesPerMinute));
    }

    private long chronique(int people) {
        long list = office.mailingLists().listByCode(MailingList.CHRONIQUE).id();
        for (int i = 1; i <= people; i++) {
            office.mailingLists().subscribe(list, new SubscriberDraft("Personne " + i, "personne" + i + "@example.org",
                    null, i % 2 == 0 ? Language.EN : Language.FR, ConsentKind.EXPRESS, null, ConsentSource.FORM));
        }
        return list;
    }

    private Map<String, Long> receivedPerAddress() throws MessagingException {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            for (var address : message.getAllRecipients()) {
                counts.merge(address.toString().toLowerCase(), 1L, Long::sum);
            }
        }
        return counts;
    }

    @Test
    void aMemberMailingReachesEachAddressOnceInItsLanguageWithTheCouncilsIdentityAndAnUnsubscribeLine()
            throws Exception {
        plainServer(60);
        long tcri = RecipientRuleTest.member(office, "TCRI", "info@tcri.example", Language.FR);
        office.accounts().addIndividual(tcri, new ca.ccrweb.office.core.accounts.IndividualAccountDraft("Stephan",
                "Stephan@TCRI.example", ca.ccrweb.office.core.accounts.IndividualRole.STAFF));
        RecipientRuleTest.member(office, "MOSAIC", "hello@mosaic.example", Language.EN);
        Mailing mailing = office.mailings().queue(new MailingDraft(Audience.members(), "Assemblée générale",
                "General assembly", "Bonjour {{organisme}},\nL’assemblée aura lieu à Halifax.",
                "Hello {{organization}},\nThe assembly will be held in Halifax.",
                List.of(new Attachment("Mise à jour.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))));

        Tally tally = office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(tally.count(DeliveryStatus.SENT)).isEqualTo(3);
        assertThat(office.mailings().mailing(mailing.id()).orElseThrow().status()).isEqualTo(MailingStatus.FINISHED);
        assertThat(receivedPerAddress()).containsOnlyKeys("info@tcri.example", "stephan@tcri.example",
                "hello@mosaic.example").allSatisfy((address, count) -> assertThat(count).isEqualTo(1L));
        MimeMessage english = Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equals("hello@mosaic.example")).findFirst().orElseThrow();
        assertThat(english.getSubject()).isEqualTo("General assembly");
        assertThat(english.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:info@ccrweb.ca?subject=unsubscribe>");
        String text = bodyText(english);
        assertThat(text).startsWith("Hello MOSAIC,").contains("Canadian Council for Refugees")
                .contains("6839, rue Drolet").contains("To stop receiving these messages").contains("info@ccrweb.ca");
        Multipart parts = (Multipart) english.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("Mise à jour.pdf");
        MimeMessage french = Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equals("info@tcri.example")).findFirst().orElseThrow();
        assertThat(french.getSubject()).isEqualTo("Assemblée générale");
        assertThat(bodyText(french)).startsWith("Bonjour TCRI,").contains("Conseil canadien pour les réfugiés")
                .contains("désabonnement");
    }

    @Test
    void theServerRefusingSomeRecipientsIsRecordedWithItsReplyAndThoseCanBeSentAgain() throws Exception {
        plainServer(60);
        long list = chronique(4);
        refused.add("personne2@example.org");
        refused.add("personne3@example.org");
        Mailing mailing = office.mailings().queue(new MailingDraft(Audience.list(list), "La Chronique", "The Chronicle",
                "Bonjour {{nom}}", "Hello {{name}}", List.of()));

        Tally first = office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(first.count(DeliveryStatus.SENT)).isEqualTo(2);
        assertThat(first.count(DeliveryStatus.REFUSED)).isEqualTo(2);
        assertThat(office.mailings().deliveries(mailing.id())).filteredOn(d -> d.status() == DeliveryStatus.REFUSED)
                .extracting(Delivery::email, d -> d.serverReply().substring(0, 3))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("personne2@example.org", "451"),
                        org.assertj.core.groups.Tuple.tuple("personne3@example.org", "451"));

        refused.clear();
        assertThat(office.mailings().requeueFailed(mailing.id())).isEqualTo(2);
        Tally again = office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(again.count(DeliveryStatus.SENT)).isEqualTo(4);
        assertThat(receivedPerAddress()).hasSize(4).allSatisfy((address, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void cancelStopsTheRest() throws Exception {
        plainServer(60);
        long list = chronique(5);
        Mailing mailing = office.mailings().queue(new MailingDraft(Audience.list(list), "Chronique", "Chronicle",
                "Texte", "Text", List.of()));
        office.mailings().pacer(pause -> office.mailings().cancel(mailing.id()));

        Tally tally = office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(tally.count(DeliveryStatus.SENT)).isEqualTo(1);
        assertThat(tally.count(DeliveryStatus.CANCELLED)).isEqualTo(4);
        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(office.mailings().mailing(mailing.id()).orElseThrow().status()).isEqualTo(MailingStatus.CANCELLED);
    }

    @Test
    void tlsWithLoginSendsAndAWrongPasswordIsRefusedWithoutTouchingTheOutbox() throws Exception {
        server.setUser("bureau@ccrweb.ca", "bureau", "mot-de-passe-secret");
        server.getUserManager().setAuthRequired(true);
        MailingService tls = new MailingService(office.database(), office.officeSettings()::current,
                () -> folder.resolve("mail-server.key"), "127.0.0.1", new Ids(TestOffices.CLOCK), TestOffices.CLOCK,
                office.access().actor(), office.audit(), office.access());
        tls.pacer(pause -> { });
        long list = chronique(2);
        tls.saveServer(new MailServer("127.0.0.1", server.getSmtps().getPort(), MailSecurity.TLS, "bureau",
                "mauvais", "info@ccrweb.ca", null, 60));
        Mailing mailing = tls.queue(new MailingDraft(Audience.list(list), "Chronique", "Chronicle", "Texte", "Text",
                List.of()));

        OfficeException refusedLogin = catchThrowableOfType(OfficeException.class,
                () -> tls.send(mailing.id(), MailingService.SendProgress.NONE, () -> false));

        assertThat(refusedLogin.key()).isEqualTo("mailings.error.login");
        assertThat(tls.tally(mailing.id()).count(DeliveryStatus.PENDING)).isEqualTo(2);

        tls.saveServer(new MailServer("127.0.0.1", server.getSmtps().getPort(), MailSecurity.TLS, "bureau",
                "mot-de-passe-secret", "info@ccrweb.ca", null, 60));
        Tally tally = tls.send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        assertThat(tally.count(DeliveryStatus.SENT)).isEqualTo(2);
        assertThat(server.getReceivedMessages()).hasSize(2);
    }

    /**
     * GreenMail 2.1.5 does not offer STARTTLS (its SMTP server has no such command), so what is tested here is the
     * half that protects the office: with STARTTLS chosen, a server that does not offer it gets neither the login
     * nor any message, and the outbox is left as it was.
     */
    @Test
    void withStartTlsChosenAServerThatDoesNotOfferItGetsNoPasswordAndNoMessage() {
        server.setUser("bureau@ccrweb.ca", "bureau", "mot-de-passe-secret");
        long list = chronique(2);
        office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.STARTTLS,
                "bureau", "mot-de-passe-secret", "info@ccrweb.ca", null, 60));
        Mailing mailing = office.mailings().queue(new MailingDraft(Audience.list(list), "Chronique", "Chronicle",
                "Texte", "Text", List.of()));

        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false));

        assertThat(refused.key()).isEqualTo("mailings.error.connect");
        assertThat(String.valueOf(refused.arguments()[2])).containsIgnoringCase("STARTTLS");
        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(office.mailings().tally(mailing.id()).count(DeliveryStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void thePasswordIsStoredEncryptedAndNeverWrittenToTheAuditTrail() throws Exception {
        office.mailings().saveServer(new MailServer("smtp.example.org", 587, MailSecurity.STARTTLS, "bureau",
                "mot-de-passe-secret", "info@ccrweb.ca", null, 60));
        office.mailings().saveServer(new MailServer("smtp.example.org", 587, MailSecurity.STARTTLS, "bureau",
                null, "info@ccrweb.ca", "CCR", 30));

        assertThat(office.mailings().server().orElseThrow().password()).isEqualTo("mot-de-passe-secret");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + office.database().settings().sqliteFile());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT password_encrypted FROM mail_server")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).startsWith("v1:").doesNotContain("mot-de-passe");
        }
        List<AuditEntry> trail = office.audit().entries("mail_server", 1, 10);
        assertThat(trail).hasSize(2).allSatisfy(line -> assertThat(line.before() + " " + line.after())
                .doesNotContain("mot-de-passe").doesNotContain("v1:"));
        assertThat(trail.getFirst().after()).contains("\"passwordSet\":true");
    }

    @Test
    void aSendKilledPartWayResumesWithoutSendingAnyoneTwice() throws Exception {
        plainServer(300);
        long list = chronique(40);
        Mailing mailing = office.mailings().queue(new MailingDraft(Audience.list(list), "Chronique", "Chronicle",
                "Bonjour {{nom}}", "Hello {{name}}", List.of()));
        Path file = office.database().settings().sqliteFile();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dccr.office.home=" + folder.resolve("child-home"),
                "-cp", System.getProperty("java.class.path"), "ca.ccrweb.office.Main",
                "--database", file.toString(), "mailing", "send", String.valueOf(mailing.id()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        assertThat(server.waitForIncomingEmail(120_000, 5)).as("the child sent five messages").isTrue();
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Tally killed = office.mailings().tally(mailing.id());
        assertThat(killed.count(DeliveryStatus.PENDING)).as("killed part-way").isPositive();
        assertThat(killed.count(DeliveryStatus.SENDING)).isLessThanOrEqualTo(1);

        Tally resumed = office.mailings().send(mailing.id(), MailingService.SendProgress.NONE, () -> false);

        Map<String, Long> received = receivedPerAddress();
        assertThat(received.values()).allSatisfy(count -> assertThat(count).isEqualTo(1L));
        assertThat(resumed.count(DeliveryStatus.PENDING)).isZero();
        assertThat(resumed.count(DeliveryStatus.SENT) + resumed.count(DeliveryStatus.IN_DOUBT)).isEqualTo(40);
        assertThat(resumed.count(DeliveryStatus.IN_DOUBT)).isLessThanOrEqualTo(1);
        Map<String, DeliveryStatus> states = office.mailings().deliveries(mailing.id()).stream()
                .collect(Collectors.toMap(Delivery::email, Delivery::status));
        states.forEach((address, state) -> {
            if (state == DeliveryStatus.SENT) {
                assertThat(received).as(address).containsEntry(address, 1L);
            }
        });
        assertThat(received.size()).isBetween(resumed.count(DeliveryStatus.SENT), 40);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
