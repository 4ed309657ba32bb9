package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.mailings.Audience;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.MailServer;
import ca.ccrweb.office.core.mailings.MailSecurity;
import ca.ccrweb.office.core.mailings.MailingDraft;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.RecipientRuleTest;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailingCommandsTest {
    @TempDir
    Path folder;

    private String database;
    private long chronique;

    @BeforeEach
    void anOfficeWithMembersAndAList() {
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            RecipientRuleTest.member(office, "Table de concertation (TCRI)", "info@tcri.example", Language.FR);
            RecipientRuleTest.member(office, "MOSAIC", "hello@mosaic.example", Language.EN, "Admin@Mosaic.example");
            chronique = office.mailingLists().listByCode(MailingList.CHRONIQUE).id();
            office.mailingLists().subscribe(chronique, new SubscriberDraft("Tesfay Gebremedhin ተስፋይ", "tesfay@example.org",
                    null, Language.EN, ConsentKind.EXPRESS, null, ConsentSource.FORM));
            office.mailingLists().subscribe(chronique, new SubscriberDraft("Élise Côté", "elise@example.org",
                    null, Language.FR, ConsentKind.EXPRESS, null, ConsentSource.EMAIL));
        }
        database = folder.resolve("office.db").toString();
    }

    @Test
    void listMailingListsPrintsOneTabSeparatedLinePerListIdFirst() {
        CommandRun run = CommandRun.of("--database", database, "--language", "fr", "list", "mailing-lists");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(4).element(1)
                .isEqualTo(chronique + "\tCHRONIQUE\tla Chronique du CCR\t2\t0");
    }

    @Test
    void exportRecipientsWritesTheMembersRuleOrAListInOneLanguage() throws Exception {
        Path members = folder.resolve("membres.xlsx");
        CommandRun run = CommandRun.of("--database", database, "--language", "en", "export", "recipients",
                "--audience", "members", "--format", "xlsx", "--output", members.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(members); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Email");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("hello@mosaic.example");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Admin@Mosaic.example");
        }

        Path french = folder.resolve("chronique.csv");
        CommandRun list = CommandRun.of("--database", database, "--language", "fr", "export", "recipients",
                "--audience", "CHRONIQUE", "--format", "csv", "--output", french.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        String csv = Files.readString(french, StandardCharsets.UTF_8);
        assertThat(csv).contains("Élise Côté").doesNotContain("Tesfay");

        CommandRun unknown = CommandRun.of("--database", database, "export", "recipients", "--audience", "nope",
                "--format", "csv", "--output", french.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("CHRONIQUE");
        assertThat(unknown.printedAStackTrace()).isFalse();
    }

    @Test
    void exportSubscribersWritesTheListsPeopleWithTheirConsentAndDepartureInTheLanguageAsked() throws Exception {
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            long elise = office.mailingLists().subscribers(chronique).stream()
                    .filter(subscriber -> subscriber.email().equals("elise@example.org")).findFirst().orElseThrow().id();
            office.mailingLists().unsubscribe(elise, java.time.LocalDate.of(2026, 11, 2), "Trop de courriels");
        }
        Path csv = folder.resolve("abonnes.csv");
        CommandRun french = CommandRun.of("--database", database, "--language", "fr", "export", "subscribers",
                "--list", "chronique", "--format", "csv", "--output", csv.toString());

        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.out()).contains("2 abonnés exportés de la Chronique du CCR");
        List<String> lines = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFNom,Courriel,Organisme,Langue,Consentement,Date du consentement,"
                + "Consentement donné par,Désabonnement,Motif du désabonnement");
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).startsWith(
                "Tesfay Gebremedhin ተስፋይ,tesfay@example.org,,en,Exprès,").endsWith(",Formulaire,,"));
        assertThat(lines.subList(1, 3)).anySatisfy(line -> assertThat(line).startsWith(
                "Élise Côté,elise@example.org,,fr,Exprès,").endsWith(",Courriel,2026-11-02,Trop de courriels"));

        Path xlsx = folder.resolve("subscribers.xlsx");
        CommandRun english = CommandRun.of("--database", database, "--language", "en", "export", "subscribers",
                "--list", String.valueOf(chronique), "--format", "xlsx", "--output", xlsx.toString());
        assertThat(english.exitCode()).as(english.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Consent date");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> names = List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
                    sheet.getRow(2).getCell(0).getStringCellValue());
            assertThat(names).containsExactlyInAnyOrder("Tesfay Gebremedhin ተስፋይ", "Élise Côté");
        }

        CommandRun unknown = CommandRun.of("--database", database, "--language", "fr", "export", "subscribers",
                "--list", "nope", "--format", "csv", "--output", csv.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Liste inconnue").contains("CHRONIQUE");
        assertThat(unknown.printedAStackTrace()).isFalse();
        CommandRun noList = CommandRun.of("--database", database, "--language", "en", "export", "subscribers",
                "--format", "csv", "--output", csv.toString());
        assertThat(noList.exitCode()).isEqualTo(2);
        assertThat(noList.err()).contains("Give the list: --list");
    }

    @Test
    void mailingSendAndStatusSendTheQueuedMailingAndTellHowFarItWent() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        try {
            long mailing;
            try (OfficeServices office = TestOffices.openSqlite(folder)) {
                office.mailings().saveServer(new MailServer("127.0.0.1", server.getSmtp().getPort(), MailSecurity.NONE,
                        null, null, "info@ccrweb.ca", null, 6_000));
                mailing = office.mailings().queue(new MailingDraft(Audience.list(chronique), "Chronique", "Chronicle",
                        "Bonjour {{nom}}", "Hello {{name}}", List.of())).id();
            }

            CommandRun send = CommandRun.of("--database", database, "--language", "en", "mailing", "send",
                    String.valueOf(mailing));
            CommandRun status = CommandRun.of("--database", database, "--language", "fr", "mailing", "status",
                    String.valueOf(mailing));
            CommandRun missing = CommandRun.of("--database", database, "--language", "en", "mailing", "status", "42");

            assertThat(send.exitCode()).as(send.err()).isZero();
            assertThat(send.out()).contains("2 of 2 sent");
            assertThat(server.getReceivedMessages()).hasSize(2);
            assertThat(status.out().strip().replaceAll("[\\u00a0\\u202f]", " ")).isEqualTo("Envoi " + mailing + " (Envoyé) : 2 sur 2 envoyés, 0 refusés par le "
                    + "serveur, 0 interrompus ou en échec, 0 en attente, 0 annulés.");
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err()).contains("There is no mailing number 42");
        } finally {
            server.stop();
        }
    }
}
