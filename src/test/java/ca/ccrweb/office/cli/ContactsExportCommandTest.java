package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export contacts}: the contacts list to CSV, xlsx and PDF, names in any script intact. */
class ContactsExportCommandTest {
    @TempDir
    Path folder;

    @Test
    void contactsGoToCsvXlsxAndPdfWithTheirNamesAndOrganizationsIntact() throws Exception {
        Path database = folder.resolve("office.db");
        try (OfficeServices services = OfficeServices.open(DatabaseSettings.sqliteFile(database), Actor.named("t"))) {
            services.contacts().findOrCreate(new ContactDraft("Nguyễn Văn An", "an@example.org", "514-555-0101",
                    Language.EN, null, "Carrefour"));
            services.contacts().findOrCreate(new ContactDraft("أمينة حداد", "amina@example.org", null, Language.FR,
                    null, "Comité d’aide aux réfugiés"));
            services.contacts().findOrCreate(new ContactDraft("Zoé Côté-Bélanger", null, null, Language.FR, null, null));
        }
        Path csv = folder.resolve("contacts.csv");
        Path xlsx = folder.resolve("contacts.xlsx");
        Path pdf = folder.resolve("contacts.pdf");

        CommandRun toCsv = CommandRun.of("--language", "fr", "--database", database.toString(), "export", "contacts",
                "--format", "csv", "--output", csv.toString());
        CommandRun toXlsx = CommandRun.of("--language", "en", "--database", database.toString(), "export", "contacts",
                "--format", "xlsx", "--output", xlsx.toString());
        CommandRun toPdf = CommandRun.of("--language", "en", "--database", database.toString(), "export", "contacts",
                "--format", "pdf", "--output", pdf.toString());

        assertThat(toCsv.exitCode()).isZero();
        assertThat(toCsv.out().strip()).isEqualTo("3 contacts exportés vers " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().filter(line -> !line.isBlank()).toList()).hasSize(4);
        assertThat(text).contains("Nom complet", "Nguyễn Văn An", "أمينة حداد", "Zoé Côté-Bélanger",
                "Comité d’aide aux réfugiés", "514-555-0101");
        assertThat(toXlsx.exitCode()).isZero();
        assertThat(toXlsx.out().strip()).isEqualTo("Exported 3 contacts to " + xlsx);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        assertThat(cells).contains("Nguyễn Văn An", "أمينة حداد", "Zoé Côté-Bélanger", "Carrefour");
        assertThat(toPdf.exitCode()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
