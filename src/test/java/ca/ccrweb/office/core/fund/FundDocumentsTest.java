package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.export.PdfA;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Province;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The award letter in the applicant's language, the board's budget summary and the awards export. */
class FundDocumentsTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FundApplication french;
    private FundApplication english;

    @BeforeEach
    void twoAwards() {
        office = TestOffices.openSqlite(folder);
        Event spring = consultation("Consultation du printemps 2027", "Spring Consultation 2027", 5, 27);
        Event summer = consultation("Rencontres des groupes de travail — été 2027", "Working Group Meetings — summer 2027",
                7, 8);
        Event fall = consultation("Consultation d’automne 2027", "Fall Consultation 2027", 11, 25);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 1_000_000L);
        office.fund().setBudget(2027, FundStream.LEADERSHIP, 500_000L);
        french = office.fund().apply(new FundApplicationDraft(new ContactDraft("Hélène Nguyễn Thị Hương",
                "helene@example.org", null, Language.FR, null, null), null, FundStream.PARTICIPATION, 2027,
                Province.QC, Language.FR, List.of(spring.id()), List.of(
                new RequestedLine(ExpenseLine.TRAVEL, 90_000L, "Train Rimouski–Halifax"),
                new RequestedLine(ExpenseLine.LODGING, 36_000L, null)), null));
        french = office.fund().select(french.id(), Map.of(ExpenseLine.TRAVEL, 90_000L, ExpenseLine.LODGING, 30_000L),
                null, null);
        english = office.fund().apply(new FundApplicationDraft(new ContactDraft("محمد عبد الله",
                "mohammed@example.org", null, Language.EN, null, null), null, FundStream.LEADERSHIP, 2027,
                Province.MB, Language.EN, List.of(spring.id(), summer.id(), fall.id()), List.of(
                new RequestedLine(ExpenseLine.TRAVEL, 150_000L, "Three return trips")), null));
        english = office.fund().select(english.id(), Map.of(), null, null);
    }

    private Event consultation(String fr, String en, int month, int day) {
        LocalDate start = LocalDate.of(2027, month, day);
        return office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, fr, en, start,
                start.plusDays(2), "Halifax", null, null, null, null, EventStatus.PLANNED));
    }

    private static String text(Path pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)));
            }
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return text.toString().replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    @Test
    void theAwardLetterIsInTheApplicantsLanguageWithTheAmountsAndConsultations() throws Exception {
        Path letterFr = folder.resolve("lettre.pdf");
        Path letterEn = folder.resolve("letter.pdf");

        AwardLetter.write(french, office.fund().eventsOf(french), LocalDate.of(2027, 3, 1), letterFr);
        AwardLetter.write(english, office.fund().eventsOf(english), LocalDate.of(2027, 3, 1), letterEn);
        PdfA.assertPdfA2u(java.nio.file.Files.readAllBytes(letterFr));
        PdfA.assertPdfA2u(java.nio.file.Files.readAllBytes(letterEn));

        assertThat(text(letterFr)).contains("Fonds Amina Malko", "Hélène Nguyễn Thị Hương", "1 200,00 $",
                "900,00 $", "Consultation du printemps 2027", "1 mars 2027");
        assertThat(text(letterEn)).contains("Amina Malko Fund", "$1,500.00", "Fall Consultation 2027",
                "three consultations", "March 1, 2027");
    }

    @Test
    void theBudgetSummaryFitsOnePageInEitherLanguage() throws Exception {
        Path summaryEn = folder.resolve("summary.pdf");
        Path summaryFr = folder.resolve("sommaire.pdf");

        BudgetSummary.write(office.fund().summary(2027), Messages.of(Language.EN), LocalDate.of(2027, 3, 1), summaryEn);
        BudgetSummary.write(office.fund().summary(2027), Messages.of(Language.FR), LocalDate.of(2027, 3, 1), summaryFr);
        PdfA.assertPdfA2u(java.nio.file.Files.readAllBytes(summaryEn));
        PdfA.assertPdfA2u(java.nio.file.Files.readAllBytes(summaryFr));

        assertThat(text(summaryEn)).contains("$10,000.00", "$1,200.00", "$8,800.00", "$15,000.00", "Leadership stream");
        assertThat(text(summaryFr)).contains("10 000,00 $", "8 800,00 $", "Volet leadership", "Disponible");
    }

    @Test
    void theAwardsExportListsTheSelectedApplicationsOfTheYear() throws Exception {
        Path csv = folder.resolve("awards.csv");

        office.export(FundExport.awards(2027, office.fund().applications(2027), office.fund().eventsById(),
                Messages.of(Language.EN)), ExportFormat.CSV, csv, ExportProgress.NONE);

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("محمد عبد الله", "Leadership stream",
                "Spring Consultation 2027; Working Group Meetings — summer 2027; Fall Consultation 2027", "1500.00");
    }
}
