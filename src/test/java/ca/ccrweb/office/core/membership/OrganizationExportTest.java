package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationExportTest {
    @TempDir
    Path folder;

    private OfficeServices office;

    @BeforeEach
    void someOrganizations() {
        office = TestOffices.openSqlite(folder);
        long approved = office.membership().apply(draft("Société d’accueil de Trois-Rivières", "sat@example.org", Province.QC)).id();
        office.membership().approve(approved, null);
        office.accounts().addIndividual(approved,
                new IndividualAccountDraft("محمد عبد الله", "mohammed@example.org", IndividualRole.STAFF));
        office.accounts().addIndividual(approved,
                new IndividualAccountDraft("ተስፋዬ ገብረመድህን", "tesfaye@example.org", IndividualRole.VOLUNTEER));
        office.membership().apply(draft("Nguyễn Family Support Network", "nguyen@example.org", Province.BC));
    }

    @Test
    void theOrganizationsSpreadsheetHasTypedDatesAndTranslatedLabels() throws IOException {
        Path file = folder.resolve("organismes.xlsx");
        new TableExporter(TestOffices.CLOCK).export(OrganizationExport.table(office.membership().all(),
                Messages.of(Language.FR)), ExportFormat.XLSX, file, ExportProgress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Nom");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Membre depuis");
            Row nguyen = sheet.getRow(1);
            Row societe = sheet.getRow(2);
            assertThat(nguyen.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Family Support Network");
            assertThat(nguyen.getCell(2).getStringCellValue()).isEqualTo("Demande en attente");
            assertThat(nguyen.getCell(4).getStringCellValue()).isEqualTo("Colombie-Britannique");
            assertThat(societe.getCell(0).getStringCellValue()).isEqualTo("Société d’accueil de Trois-Rivières");
            assertThat(societe.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(societe.getCell(12))).isTrue();
            assertThat(societe.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(nguyen.getCell(12, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theAccountsPdfShowsArabicEthiopicAndAccentedNamesAndEnglishHeaders() throws IOException {
        Path file = folder.resolve("accounts.pdf");
        new TableExporter(TestOffices.CLOCK).export(AccountExport.table(office.accounts().all(),
                Messages.of(Language.EN)), ExportFormat.PDF, file, ExportProgress.NONE);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(text).contains("Accounts", "Organization", "Account type", "Username",
                    "Société d’accueil", "de Trois-Rivières", "ተስፋዬ ገብረመድህን", "Volunteer", "acting as staff");
        }
    }

    @Test
    void theAccountsCsvKeepsNonLatinNamesAndHoldsNoActivationCode() throws IOException {
        Path file = folder.resolve("accounts.csv");
        new TableExporter(TestOffices.CLOCK).export(AccountExport.table(office.accounts().all(),
                Messages.of(Language.EN)), ExportFormat.CSV, file, ExportProgress.NONE);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains("محمد عبد الله", "ተስፋዬ ገብረመድህን", "mohammed@example.org")
                .doesNotContain("sha256");
    }
}
