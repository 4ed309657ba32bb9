package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.office.OfficeSettings;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The filled model letter as PDF and Word, the committee's one-page report in both languages, the export. */
class AdvocacyDocumentsTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private Campaign campaign;

    @BeforeEach
    void theSeedCampaignWithReports() {
        office = TestOffices.openSqlite(folder);
        campaign = office.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.of(2026, 1, 15)));
        DemoAdvocacy.letters().forEach(letter -> office.advocacy().addLetter(campaign.id(), letter));
        record(ReporterKind.INDIVIDUAL, "محمد عبد الله", Province.MB, ActionKind.LETTER_TO_MINISTER,
                TargetKind.MINISTER, null, LocalDate.of(2026, 2, 10), ActionResult.NO_ANSWER);
        record(ReporterKind.ORGANIZATION, "Centre multiethnique de Québec", Province.QC, ActionKind.MEETING_WITH_MP,
                TargetKind.MP, "Québec Centre", LocalDate.of(2026, 5, 4), ActionResult.MEETING_HELD);
        record(ReporterKind.ORGANIZATION, "Halifax Refugee Clinic", Province.NS, ActionKind.LETTER_TO_MINISTER,
                TargetKind.MINISTER, null, LocalDate.of(2026, 10, 14), ActionResult.REPLY_RECEIVED);
    }

    private void record(ReporterKind kind, String name, Province province, ActionKind action, TargetKind target,
                        String riding, LocalDate on, ActionResult result) {
        office.advocacy().record(campaign.id(), new ActionReportDraft(kind, null, name, province, action, target,
                null, riding, on, result, null));
    }

    private long letterId(Language language, Audience audience) {
        return office.advocacy().letters(campaign.id()).stream()
                .filter(letter -> letter.language() == language && letter.audience() == audience)
                .findFirst().orElseThrow().id();
    }

    static String pdfText(Path pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertThat(document.getNumberOfPages()).as("one page").isEqualTo(1);
            return PdfTextExtractor.getTextFromPage(document.getPage(1)).replace('\u00a0', ' ')
                    .replace('\u202f', ' ');
        }
    }

    private static final LetterFields FRENCH_FIELDS = new LetterFields("Comité d’aide aux réfugiés de Montréal",
            "1 rue Principale, Montréal (Québec)  H2X 1Y4", Province.QC, "Hélène Nguyễn Thị Hương",
            "Directrice générale", "Marc Miller", null, null, null, LocalDate.of(2026, 11, 23));

    @Test
    void theFilledLetterPrintsOnTheOrganizationsLetterheadWithItsAccents() throws Exception {
        Path pdf = folder.resolve("lettre.pdf");

        office.advocacy().writeLetter(letterId(Language.FR, Audience.ORGANIZATIONS), FRENCH_FIELDS,
                LetterFormat.PDF, pdf);

        String text = pdfText(pdf);
        assertThat(text).startsWith("Comité d’aide aux réfugiés de Montréal");
        assertThat(text).contains("23 novembre 2026", "L’honorable Marc Miller",
                "Objet : Permis de séjour temporaire", "Hélène Nguyễn Thị Hương", "Directrice générale");
        assertThat(text).doesNotContain("{{", "Conseil canadien pour les réfugiés\n");
        assertThat(office.audit().entries("export", null, 5)).isNotNull();
    }

    @Test
    void theFilledLetterIsAlsoAWordFileMembersCanEdit() throws Exception {
        Path docx = folder.resolve("letter.docx");
        LetterFields fields = new LetterFields(null, "12 Main Street, Winnipeg", Province.MB, "Yonas Tesfamariam",
                null, "Leah Gazan", null, null, "Winnipeg Centre", LocalDate.of(2026, 11, 23));

        office.advocacy().writeLetter(letterId(Language.EN, Audience.INDIVIDUALS), fields, LetterFormat.DOCX, docx);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Yonas Tesfamariam", "November 23, 2026", "Member of Parliament for Winnipeg Centre",
                    "Re: My family is waiting", "Dear Leah Gazan,", "I would like to meet you");
            assertThat(document.getProperties().getCoreProperties().getTitle()).startsWith("Re: My family");
        }
    }

    @Test
    void theCommitteeReportFitsOnePageInEachLanguageWithItsFigures() throws Exception {
        Path french = folder.resolve("bilan.pdf");
        Path english = folder.resolve("report.pdf");

        office.advocacy().writeReport(campaign.id(), Language.FR, OfficeSettings.NONE, french);
        office.advocacy().writeReport(campaign.id(), Language.EN, OfficeSettings.NONE, english);

        String frenchText = pdfText(french);
        assertThat(frenchText).contains("Bilan de la campagne : Permis de séjour temporaire",
                "3 2 / 1 3 / 13 2\nactions signalées organismes / individus qui provinces et territoires lettres au "
                        + "ministre", "1 1 0 1\nrencontres tenues réponses reçues engagements obtenus",
                "Lettre au ministre 1 0 0 1 2", "Rencontre avec un·e député·e 0 1 0 0 1",
                "NL PE NS NB QC ON MB SK AB BC YT NT NU\n0 0 1 0 1 0 1 0 0 0 0 0 0",
                "T1 2026 T2 2026 T3 2026 T4 2026", "Toutes les actions 1 1 0 1");
        String englishText = pdfText(english);
        assertThat(englishText).contains("Campaign report: Temporary resident permits for refugees’",
                "3 2 / 1 3 / 13 2\nactions reported", "Letter to the minister 1 0 0 1 2",
                "Q1 2026 Q2 2026 Q3 2026 Q4 2026", "All actions 1 1 0 1");
    }

    @Test
    void theCommitteeReportPrintsTheOfficesLogoAndAddressLikeTheOtherDocuments() throws Exception {
        Path report = folder.resolve("bilan-logo.pdf");
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\">"
                + "<rect width=\"240\" height=\"80\" fill=\"#1F4E79\"/></svg>").getBytes(StandardCharsets.UTF_8);
        OfficeSettings settings = new OfficeSettings(svg, null, "6839, rue Drolet, bureau 301\nMontréal (Québec)  H2S 2T1",
                "514-277-7223", null, null);

        office.advocacy().writeReport(campaign.id(), Language.FR, settings, report);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(report.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(1).getResources().getResourceNames(com.itextpdf.kernel.pdf.PdfName.XObject))
                    .hasSize(1);
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)))
                    .contains("6839, rue Drolet, bureau 301", "514-277-7223", "Bilan de la campagne");
        }
    }

    @Test
    void theReportedActionsExportWithTheirNamesIntact() throws Exception {
        Path csv = folder.resolve("actions.csv");

        office.export(AdvocacyExport.actions(campaign, office.advocacy().actions(campaign.id()),
                Messages.of(Language.FR)), ExportFormat.CSV, csv, ExportProgress.NONE);

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("Qui a agi", "محمد عبد الله", "Rencontre avec un·e député·e", "Québec Centre",
                "Réponse reçue");
    }
}
