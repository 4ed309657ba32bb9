package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.ccrweb.office.core.export.Samples.Member;
import ca.ccrweb.office.core.l10n.Language;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTableWriterTest {
    @TempDir
    Path folder;

    private PdfDocument export(TableExport<Member> table) throws IOException {
        Path file = folder.resolve("members.pdf");
        new TableExporter(Samples.CLOCK).export(table, ExportFormat.PDF, file, ExportProgress.NONE);
        return new PdfDocument(new PdfReader(file.toFile()));
    }

    /** The page's text with no-break spaces as plain spaces, as a reader would type them. */
    private static String textOf(PdfDocument pdf, int page) {
        return PdfTextExtractor.getTextFromPage(pdf.getPage(page)).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void aFrenchReportShowsTitleDateHeadersAndValuesInFrench() throws Exception {
        try (PdfDocument pdf = export(Samples.frenchTable(5))) {
            String text = textOf(pdf, 1);
            assertThat(text).contains("Membres du Conseil", "Généré le 23 novembre 2026");
            assertThat(text).contains("Numéro", "Nom", "Organisme", "Cotisation", "d’adhésion", "Dernière visite");
            assertThat(text).contains("12,50 $", "1 234,52 $", "14 mars 2026");
            assertThat(text).contains(Samples.VIETNAMESE, Samples.FRENCH, "Société", "Montréal", Samples.ETHIOPIC);
            assertThat(text).contains("Page 1 de 1");
        }
    }

    @Test
    void anEnglishReportShowsTitleDateHeadersAndValuesInEnglish() throws Exception {
        try (PdfDocument pdf = export(Samples.englishTable(5))) {
            String text = textOf(pdf, 1);
            assertThat(text).contains("Council members", "Generated on November 23, 2026");
            assertThat(text).contains("Number", "Name", "Organization", "Dues", "Joined", "Last visit");
            assertThat(text).contains("$12.50", "$1,234.52", "Mar 14, 2026");
            assertThat(text).contains(Samples.VIETNAMESE, Samples.ETHIOPIC);
            assertThat(text).contains("Page 1 of 1");
        }
    }

    @Test
    void arabicIsDrawnJoinedAndInVisualOrder() throws Exception {
        try (PdfDocument pdf = export(Samples.frenchTable(5))) {
            assertThat(textOf(pdf, 1)).contains(PdfFonts.prepare(Samples.ARABIC));
        }
    }

    @Test
    void everyPageOfALongTableHasTheHeaderAndItsPageNumber() throws Exception {
        try (PdfDocument pdf = export(Samples.englishTable(300))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                String text = textOf(pdf, page);
                assertThat(text).contains("Page " + page + " of " + pages, "Organization", "Last visit");
            }
            assertThat(textOf(pdf, pages)).contains("Note 299");
        }
    }

    @Test
    void frenchPageNumbersSayDe() throws Exception {
        try (PdfDocument pdf = export(Samples.frenchTable(120))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(textOf(pdf, 1)).contains("Page 1 de " + pages);
            assertThat(textOf(pdf, pages)).contains("Page " + pages + " de " + pages);
        }
    }

    @Test
    void aTableIsPrintedInPortraitUnlessLandscapeTakesFewerPages() throws Exception {
        try (PdfDocument pdf = export(Samples.frenchTable(3))) {
            Rectangle size = pdf.getPage(1).getPageSize();
            assertThat(size.getWidth()).isLessThan(size.getHeight());
        }
        List<Column<Member>> wide = new ArrayList<>();
        for (int c = 0; c < 17; c++) {
            wide.add(Column.text("Ville " + c, 10, member -> "Montréal"));
        }
        try (PdfDocument pdf = export(new TableExport<>("Membres", wide, Samples.members(100), Language.FR))) {
            Rectangle size = pdf.getPage(1).getPageSize();
            assertThat(size.getWidth()).isGreaterThan(size.getHeight());
        }
        TableExport<Member> narrow =
                new TableExport<>("Membres", Samples.narrowColumns(), Samples.members(3), Language.FR);
        try (PdfDocument pdf = export(narrow)) {
            Rectangle size = pdf.getPage(1).getPageSize();
            assertThat(size.getWidth()).isLessThan(size.getHeight());
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PdfDocument pdf = export(Samples.frenchTable(20))) {
            List<PdfDictionary> fonts = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                collectFonts(pdf.getPage(page).getPdfObject().getAsDictionary(PdfName.Resources), fonts);
            }
            assertThat(fonts).isNotEmpty();
            List<String> names = new ArrayList<>();
            for (PdfDictionary font : fonts) {
                String name = font.getAsName(PdfName.BaseFont).getValue();
                names.add(name);
                assertThat(embeddedFontFile(font)).as(name).isNotNull();
            }
            assertThat(names).anyMatch(name -> name.endsWith("DejaVuSans"))
                    .anyMatch(name -> name.endsWith("DejaVuSans-Bold"))
                    .anyMatch(name -> name.endsWith("NotoSansEthiopic-Regular"));
        }
    }

    private static void collectFonts(PdfDictionary resources, List<PdfDictionary> fonts) {
        if (resources == null) {
            return;
        }
        PdfDictionary fontDictionary = resources.getAsDictionary(PdfName.Font);
        if (fontDictionary != null) {
            for (PdfName key : fontDictionary.keySet()) {
                PdfDictionary font = fontDictionary.getAsDictionary(key);
                if (!fonts.contains(font)) {
                    fonts.add(font);
                }
            }
        }
        PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
        if (xObjects != null) {
            for (PdfName key : xObjects.keySet()) {
                PdfStream xObject = xObjects.getAsStream(key);
                collectFonts(xObject.getAsDictionary(PdfName.Resources), fonts);
            }
        }
    }

    private static PdfStream embeddedFontFile(PdfDictionary font) {
        PdfDictionary described = font;
        PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
        if (descendants != null) {
            described = descendants.getAsDictionary(0);
        }
        PdfDictionary descriptor = described.getAsDictionary(PdfName.FontDescriptor);
        if (descriptor == null) {
            return null;
        }
        PdfStream file = descriptor.getAsStream(PdfName.FontFile2);
        return file != null ? file : descriptor.getAsStream(PdfName.FontFile3);
    }

    @Test
    void persianNamesAreJoinedAndAWrappedArabicCellKeepsItsLinesInOrder() throws Exception {
        String persian = "ناهید رضایی";
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            long_.append(i == 0 ? "" : " ").append("مرکز پذیرش پناهندگان و مهاجران");
        }
        String arabic = long_.toString();
        List<Column<Member>> columns = List.of(
                Column.text("Nom", 20, Member::name), Column.text("Remarque", 20, Member::note));
        List<Member> members = List.of(new Member(1, persian, null, null, null, null, arabic));

        try (PdfDocument pdf = export(new TableExport<>("Membres", columns, members, Language.FR))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(text).doesNotContain("\u06CC").doesNotContain("\u0647");
            List<String> printed = text.lines()
                    .filter(line -> line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .map(PrintedListsTest::logical).toList();
            assertThat(printed.getFirst()).contains(persian);
            String remark = String.join(" ", printed).replace(persian, "").strip().replaceAll("\\s+", " ");
            assertThat(printed).hasSizeGreaterThan(1);
            assertThat(remark).isEqualTo(arabic);
        }
    }
}
