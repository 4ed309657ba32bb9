package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.OrganizationExport;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two most printed lists, made from the demo data and read back from the PDF the way a reader sees them. */
class PrintedListsTest {
    @TempDir
    static Path folder;
    private static OfficeServices office;

    @BeforeAll
    static void demoData() {
        office = TestOffices.openSqlite(folder);
        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
        DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);
    }

    @AfterAll
    static void close() {
        office.close();
    }

    @Test
    void theDemoOrganizationsFitOnFourLandscapePagesWithNoShortWordCut() throws Exception {
        Messages messages = Messages.of(Language.EN);
        TableExport<?> table = OrganizationExport.table(office.membership().all(), messages);

        List<String> pages = export(table, "organizations.pdf");

        assertThat(pages).hasSizeLessThanOrEqualTo(4);
        assertNoShortWordCut(table, pages);
    }

    @Test
    void theDemoOrganizationsInFrenchAlsoFitOnFourPagesWithNoShortWordCut() throws Exception {
        Messages messages = Messages.of(Language.FR);
        TableExport<?> table = OrganizationExport.table(office.membership().all(), messages);

        List<String> pages = export(table, "organisations.pdf");

        assertThat(pages).hasSizeLessThanOrEqualTo(4);
        assertNoShortWordCut(table, pages);
    }

    @Test
    void theLargestRegistrationListHoldsAtLeast25RowsOnEachFullLetterPageWithNoShortWordCut() throws Exception {
        Messages messages = Messages.of(Language.EN);
        Event biggest = office.events().all().stream()
                .max(Comparator.comparingInt(event -> office.registrations().ofEvent(event.id()).size()))
                .orElseThrow();
        List<Registration> registrations = office.registrations().ofEvent(biggest.id());
        TableExport<?> table = RegistrationExport.registrations(biggest, registrations, List.of(), messages);

        List<String> pages = export(table, "registrations.pdf");

        assertThat(registrations).hasSizeGreaterThan(200);
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertThat(page.chars().filter(c -> c == '@').count()).as("rows (one address each)")
                    .isGreaterThanOrEqualTo(25);
        }
        assertNoShortWordCut(table, pages);
    }

    /** An Arabic-script word as typed: its presentation forms back to letters (NFKC), its visual order reversed. */
    static String logical(String printed) {
        String letters = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        boolean arabic = letters.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return arabic ? new StringBuilder(letters).reverse().toString() : letters;
    }

    private static List<String> export(TableExport<?> table, String name) throws Exception {
        Path file = folder.resolve(name);
        new TableExporter(TestOffices.CLOCK).export(table, ExportFormat.PDF, file, ExportProgress.NONE);
        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(page)));
            }
        }
        return pages;
    }

    /**
     * Every word printed is a word of the table, or a piece of one longer than eight letters (a hyphen at either
     * end: in a right-to-left line it is drawn on the left): no header or cell
     * word of eight letters or fewer is broken across lines.
     */
    private static <T> void assertNoShortWordCut(TableExport<T> table, List<String> pages) {
        Set<String> words = new HashSet<>(List.of(table.title().split("\\s+")));
        words.addAll(List.of("Page", "of", "Generated", "on", "de", "Généré", "le"));
        for (Month month : Month.values()) {
            for (Locale locale : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
                words.add(month.getDisplayName(TextStyle.FULL, locale));
                words.add(month.getDisplayName(TextStyle.SHORT, locale));
            }
        }
        for (Column<T> column : table.columns()) {
            words.addAll(List.of(column.header().split("\\s+")));
            for (T row : table.rows()) {
                Object value = column.value().apply(row);
                if (value != null) {
                    words.addAll(List.of(value.toString().split("\\s+")));
                }
            }
        }
        List<String> cut = new ArrayList<>();
        for (String page : pages) {
            for (String printed : page.split("\\s+")) {
                String token = logical(printed);
                if (token.isEmpty() || words.contains(token) || words.contains(token.replaceAll("^-|-$", "")) || token.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                String piece = token.replaceAll("^-|-$", "");
                boolean pieceOfALongWord = words.stream()
                        .anyMatch(word -> word.length() > 8 && !word.equals(piece) && word.contains(piece));
                if (!pieceOfALongWord) {
                    cut.add(token);
                }
            }
        }
        assertThat(cut).as("printed words that are not words of the table").isEmpty();
    }
}
