package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.OfficeException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as spreadsheet programs save them, made here byte by byte. */
class ImportFilesTest {
    @TempDir
    Path folder;

    private static final String SHEET = "Nom;Courriel;Prov.;Notes\r\n"
            + "Comité d’aide aux réfugiés;info@car.example;Qc;\"Deux lignes\r\nici; avec point-virgule\"\r\n"
            + "Centre Élan;elan@example.org;Ontario;\r\n";

    @Test
    void readsUtf8WithAndWithoutItsByteOrderMarkAndWindows1252AlikeWithSemicolonsAndQuotedNewlines() throws Exception {
        Path withBom = folder.resolve("bom.csv");
        byte[] utf8 = SHEET.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Files.write(withBom, bom);
        Path withoutBom = Files.write(folder.resolve("plain.csv"), utf8);
        Path windows = Files.write(folder.resolve("excel-fr.csv"),
                SHEET.replace('’', '\'').getBytes(Charset.forName("windows-1252")));

        for (Path file : List.of(withBom, withoutBom, windows)) {
            ImportFile read = ImportFiles.read(file);
            assertThat(read.headers()).containsExactly("Nom", "Courriel", "Prov.", "Notes");
            assertThat(read.rows()).hasSize(2);
            assertThat(read.cell(0, 0)).startsWith("Comité d").endsWith("aide aux réfugiés");
            assertThat(read.cell(0, 3)).isEqualTo("Deux lignes\r\nici; avec point-virgule");
            assertThat(read.cell(1, 0)).isEqualTo("Centre Élan");
            assertThat(read.sha256()).hasSize(64);
        }
    }

    @Test
    void readsCommasAndTabsToo() throws Exception {
        Path commas = Files.writeString(folder.resolve("c.csv"), "Name,E-mail\n\"Roy, Jean\",jean@example.org\n");
        Path tabs = Files.writeString(folder.resolve("t.csv"), "Name\tE-mail\nJean Roy\tjean@example.org\n");

        assertThat(ImportFiles.read(commas).cell(0, 0)).isEqualTo("Roy, Jean");
        assertThat(ImportFiles.read(tabs).cell(0, 1)).isEqualTo("jean@example.org");
    }

    @Test
    void readsXlsxRealDatesAsIsoAndNumbersWithoutGrouping() throws Exception {
        Path file = folder.resolve("sheet.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Inscrit le");
            header.createCell(3).setCellValue("Payé");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Amina Haddad");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(1).setCellValue(LocalDate.of(2024, 3, 5));
            row.getCell(1).setCellStyle(date);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00 $"));
            row.createCell(3).setCellValue(1250.5);
            row.getCell(3).setCellStyle(money);
            workbook.write(out);
        }

        ImportFile read = ImportFiles.read(file);

        assertThat(read.headers()).containsExactly("Nom", "Inscrit le", "", "Payé");
        assertThat(read.cell(0, 1)).isEqualTo("2024-03-05");
        assertThat(read.cell(0, 3)).isEqualTo("1250.5");
    }

    @Test
    void anEmptyOrForeignFileIsRefusedWithItsName() throws Exception {
        Path empty = Files.writeString(folder.resolve("vide.csv"), "\n\n");

        assertThatThrownBy(() -> ImportFiles.read(empty)).isInstanceOf(OfficeException.class)
                .satisfies(e -> assertThat(((OfficeException) e).key()).isEqualTo("import.error.emptyFile"));
    }

    @Test
    void datesTypedAsTextAndAmountsWithEitherDecimalMark() {
        assertThat(DateOrder.parse("2024-03-05", null)).contains(LocalDate.of(2024, 3, 5));
        assertThat(DateOrder.parse("25/03/2024", null)).contains(LocalDate.of(2024, 3, 25));
        assertThat(DateOrder.parse("05/03/2024", DateOrder.DAY_MONTH)).contains(LocalDate.of(2024, 3, 5));
        assertThat(DateOrder.parse("05/03/2024", DateOrder.MONTH_DAY)).contains(LocalDate.of(2024, 5, 3));
        assertThatThrownBy(() -> DateOrder.parse("05/03/2024", null)).isInstanceOf(DateOrder.AmbiguousDate.class);
        assertThat(DateOrder.shownBy(List.of("05/03/2024", "13/04/2024"))).contains(DateOrder.DAY_MONTH);
        assertThat(DateOrder.anyAmbiguous(List.of("05/03/2024"))).isTrue();

        assertThat(Amounts.cents("1 250,50 $")).hasValue(125_050);
        assertThat(Amounts.cents("1,250.50")).hasValue(125_050);
        assertThat(Amounts.cents("12,5")).hasValue(1_250);
        assertThat(Amounts.cents("1250")).hasValue(125_000);
        assertThat(Amounts.cents("1.250,00")).hasValue(125_000);
        assertThat(Amounts.cents("douze")).isEmpty();
    }

    @Test
    void vocabularyProposalsReadOurLabelsAndTheUsualAbbreviations() {
        Vocabulary provinces = Vocabulary.of(FieldType.PROVINCE, List.of(), ca.ccrweb.office.core.l10n.Language.EN);
        for (String typed : List.of("QC", "Qc", "Québec", "Quebec", "qc.")) {
            assertThat(provinces.propose(typed)).as(typed).contains("QC");
        }
        assertThat(provinces.propose("Colombie-Britannique")).contains("BC");
        assertThat(provinces.propose("Prince Edward Island")).contains("PE");
        assertThat(provinces.propose("Atlantis")).isEmpty();
        Vocabulary status = Vocabulary.of(FieldType.MEMBERSHIP_STATUS, List.of(), ca.ccrweb.office.core.l10n.Language.FR);
        assertThat(status.propose("member")).contains("ACTIVE");
        assertThat(status.propose("membre")).contains("ACTIVE");
        assertThat(Vocabulary.of(FieldType.LANGUAGE, List.of(), ca.ccrweb.office.core.l10n.Language.FR)
                .propose("Français")).contains("FR");
    }
}
