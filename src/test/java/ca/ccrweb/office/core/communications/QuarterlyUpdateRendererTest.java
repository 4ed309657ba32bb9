package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.l10n.Language;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyUpdateRendererTest {
    private static final Quarter Q4 = new Quarter(2026, 4);

    static QuarterlyUpdateDraft typical(Language language) {
        return DemoUpdates.typical(Q4, language, LocalDate.of(2026, 12, 10)).withFigures(List.of(
                new KeyFigure(KeyFigures.MEMBERS_APPROVED, "nouveaux organismes membres approuvés", "12", false),
                new KeyFigure(KeyFigures.CONSULTATION_REGISTRATIONS, "inscriptions à la Consultation d’automne",
                        "1 214", false),
                new KeyFigure(null, "bourses du Fonds Amina Malko", "18", true)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aTypicalUpdateRendersToExactlyTwoPagesThatFit(Language language) throws IOException {
        QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(typical(language), false);

        assertThat(rendering.pages()).isEqualTo(2);
        assertThat(pages(rendering.pdf())).hasSize(2);
        assertThat(rendering.overflows()).isFalse();
        assertThat(rendering.first().percent()).isBetween(50, 100);
        assertThat(rendering.second().percent()).isBetween(30, 100);
    }

    @Test
    void pageOneHoldsTitleFiguresAndItsSectionsAndPageTwoTheRest() throws IOException {
        QuarterlyUpdateDraft update = typical(Language.FR);

        List<String> pages = pages(QuarterlyUpdateRenderer.render(update, false).pdf());

        String first = flat(pages.get(0));
        assertThat(first).contains("Protéger les familles, renforcer le réseau", "4e trimestre 2026",
                "MISE À JOUR TRIMESTRIELLE", "1 214", "bourses du Fonds Amina Malko");
        for (UpdateSection section : update.sectionsOfPage(1)) {
            assertThat(first).contains(section.heading());
            assertThat(first).contains(flat(Markup.plainText(section.body())).replace("• ", "").substring(0, 40));
        }
        for (UpdateSection section : update.sectionsOfPage(2)) {
            assertThat(first).doesNotContain(section.heading());
            assertThat(flat(pages.get(1))).contains(section.heading());
        }
    }

    @Test
    void bothLanguagesKeepTheirAccentsAndOtherScripts() throws IOException {
        QuarterlyUpdateDraft french = typical(Language.FR);
        QuarterlyUpdateDraft english = typical(Language.EN).withSections(List.of(new UpdateSection(1,
                "Voices of the network", "Thanks to Đặng Văn Lâm, Zoë Côté-Bélanger and ተስፋዬ Gebremedhin.")));

        String frenchText = flat(String.join(" ", pages(QuarterlyUpdateRenderer.render(french, false).pdf())));
        String englishText = flat(String.join(" ", pages(QuarterlyUpdateRenderer.render(english, false).pdf())));

        assertThat(frenchText).contains("Consultation d’automne : merci à toutes et à tous", "député·e",
                "Conseil canadien pour les réfugiés", "Protection outremer et parrainage", "Réseau des jeunes");
        assertThat(englishText).contains("Quarterly update".toUpperCase(), "Q4 2026",
                "Đặng Văn Lâm, Zoë Côté-Bélanger and ተስፋዬ Gebremedhin", "Montréal");
    }

    @Test
    void tooMuchTextOnPageOneIsReportedAsItsOverflow() {
        String longText = "La protection des personnes réfugiées demande une action constante. ".repeat(120);
        QuarterlyUpdateDraft crowded = typical(Language.FR).withSections(List.of(
                new UpdateSection(1, "Un très long texte", longText),
                new UpdateSection(2, "Suite", "Court.")));

        QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(crowded, false);

        assertThat(rendering.first().overflows()).isTrue();
        assertThat(rendering.first().percent()).isGreaterThan(100);
        assertThat(rendering.overflows()).isTrue();
    }

    @Test
    void tooMuchTextOnPageTwoIsReportedBeforeItRunsOntoAThirdPage() {
        QuarterlyUpdateDraft crowded = typical(Language.EN);
        List<UpdateSection> sections = new ArrayList<>(crowded.sections());
        sections.add(new UpdateSection(2, "Annex", "- a line of the annex that keeps going on\n".repeat(60)));

        QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(crowded.withSections(sections),
                false);

        assertThat(rendering.first().overflows()).isFalse();
        assertThat(rendering.second().overflows()).isTrue();
        assertThat(rendering.pages()).isGreaterThan(2);
    }

    @Test
    void pageOneAloneIsOnePageAndA4IsTheA4Sheet() throws IOException {
        QuarterlyUpdateRenderer.Rendering firstOnly = QuarterlyUpdateRenderer.render(typical(Language.EN), true);
        QuarterlyUpdateRenderer.Rendering a4 = QuarterlyUpdateRenderer.render(typical(Language.EN)
                .withPaper(Paper.A4), false);

        assertThat(pages(firstOnly.pdf())).hasSize(1);
        assertThat(firstOnly.second()).isNull();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(a4.pdf())))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(1).getPageSize().getWidth()).isEqualTo(PageSize.A4.getWidth());
        }
    }

    @Test
    void aPictureAndItsCaptionGoOnTheirPage() throws IOException {
        byte[] png = getClass().getResourceAsStream("/ca/ccrweb/office/icons/ccr-office-256.png").readAllBytes();
        QuarterlyUpdateDraft withPicture = new QuarterlyUpdateDraft(2026, 4, Language.FR, "Avec une image",
                LocalDate.of(2026, 12, 1), Paper.LETTER, typical(Language.FR).sections(),
                new UpdateImage(png, "Photo de la consultation à Montréal", 1), List.of());

        QuarterlyUpdateRenderer.Rendering rendering = QuarterlyUpdateRenderer.render(withPicture, false);

        assertThat(rendering.pages()).isEqualTo(2);
        assertThat(rendering.overflows()).isFalse();
        assertThat(flat(pages(rendering.pdf()).get(0))).contains("Photo de la consultation à Montréal");
    }

    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(i)));
            }
        }
        return pages;
    }

    /** Lines joined with spaces, so a phrase wrapped over two lines is still found. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMastheadPrintsTheCouncilsNameAsAWordMarkNeverAPlaceholder(Language language) throws IOException {
        String page1 = pages(QuarterlyUpdateRenderer.render(typical(language), false).pdf()).getFirst();

        String council = language == Language.FR ? "Conseil canadien pour les réfugiés" : "Canadian Council for Refugees";
        assertThat(page1.lines().limit(3).map(String::strip).reduce("", (a, b) -> a + " " + b)).contains(council.split(" ")[0]);
        assertThat(page1.toLowerCase()).doesNotContain("placeholder").doesNotContain("réservé au logo");
    }
}
