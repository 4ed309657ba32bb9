package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.ccrweb.office.core.export.Samples.Member;
import ca.ccrweb.office.core.l10n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableWriterTest {
    @TempDir
    Path folder;

    private final TableExporter exporter = new TableExporter(Samples.CLOCK);

    private XSSFWorkbook export(TableExport<Member> table) throws Exception {
        Path file = folder.resolve("members.xlsx");
        exporter.export(table, ExportFormat.XLSX, file, ExportProgress.NONE);
        return new XSSFWorkbook(file.toFile());
    }

    @Test
    void theHeaderRowIsBoldFrozenAndFiltered() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(10))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Numéro");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Date d’adhésion");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Remarque");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();

            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G11");
        }
    }

    @Test
    void theSheetIsNamedAfterTheTitleWithinExcelRules() throws Exception {
        TableExport<Member> table = new TableExport<>("Membres [2026/2027]: liste * complète ? des organismes",
                Samples.frenchColumns(), Samples.members(1), Language.FR);
        try (XSSFWorkbook workbook = export(table)) {
            String name = workbook.getSheetName(0);
            assertThat(name).hasSizeLessThanOrEqualTo(31)
                    .startsWith("Membres ")
                    .doesNotContain("[", "]", ":", "*", "?", "/", "\\");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(table.title());
        }
    }

    @Test
    void cellsAreTypedSoExcelCanSortAndSum() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(3))) {
            Row row = workbook.getSheetAt(0).getRow(1);

            Cell number = row.getCell(0);
            assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(number.getNumericCellValue()).isEqualTo(1.0);

            Cell dues = row.getCell(3);
            assertThat(dues.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(dues.getNumericCellValue()).isEqualTo(12.5);
            assertThat(dues.getCellStyle().getDataFormatString()).contains("0.00").contains("$");

            Cell joined = row.getCell(4);
            assertThat(joined.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
            assertThat(joined.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(joined.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Cell lastVisit = row.getCell(5);
            assertThat(DateUtil.isCellDateFormatted(lastVisit)).isTrue();
            assertThat(lastVisit.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        }
    }

    @Test
    void moneyFormatFollowsTheTableLanguage() throws Exception {
        try (XSSFWorkbook french = export(Samples.frenchTable(1))) {
            assertThat(french.getSheetAt(0).getRow(1).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 $");
        }
        try (XSSFWorkbook english = export(Samples.englishTable(1))) {
            assertThat(english.getSheetAt(0).getRow(1).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("$#,##0.00");
        }
    }

    @Test
    void textInEveryScriptComesBackAsWritten() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(4))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(Samples.VIETNAMESE);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(Samples.FRENCH);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(Samples.ARABIC);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo(Samples.ETHIOPIC);
        }
    }

    @Test
    void aNullValueLeavesTheCellBlank() throws Exception {
        Member withoutNote = new Member(null, "Ana", null, null, null, null, null);
        TableExport<Member> table =
                new TableExport<>("Membres", Samples.frenchColumns(), List.of(withoutNote), Language.FR);
        try (XSSFWorkbook workbook = export(table)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Ana");
            for (int c : new int[] {0, 2, 3, 4, 5, 6}) {
                Cell cell = row.getCell(c);
                assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("column %d", c).isTrue();
            }
        }
    }

    @Test
    void printedTheSheetFitsThePageWidthAndRepeatsItsHeader() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(3))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
        TableExport<Member> narrow =
                new TableExport<>("Membres", Samples.narrowColumns(), Samples.members(3), Language.FR);
        try (XSSFWorkbook workbook = export(narrow)) {
            assertThat(workbook.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void columnWidthsComeFromTheColumns() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(1))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((24 + 2) * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo((28 + 2) * 256);
        }
    }

    @Test
    void theStreamingTemporaryFilesAreDeleted() throws Exception {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> before = sheetTemporaryFiles(poiFiles);

        export(Samples.frenchTable(1_000)).close();
        ExportProgress cancelMidway = new ExportProgress() {
            private int updates;

            @Override
            public void update(long rowsDone, long rowsTotal) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates >= 2;
            }
        };
        Throwable cancelled = catchThrowable(() -> exporter.export(Samples.frenchTable(1_000), ExportFormat.XLSX,
                folder.resolve("cancelled.xlsx"), cancelMidway));

        assertThat(cancelled).isInstanceOf(ExportCancelledException.class);
        assertThat(sheetTemporaryFiles(poiFiles)).isEqualTo(before);
    }

    private static Set<Path> sheetTemporaryFiles(Path poiFiles) throws IOException {
        if (!Files.isDirectory(poiFiles)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(poiFiles)) {
            return files.filter(file -> file.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void manyRowsStreamIntoOneSheet() throws Exception {
        try (XSSFWorkbook workbook = export(Samples.frenchTable(5_000))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
            assertThat(sheet.getRow(5_000).getCell(0).getNumericCellValue()).isEqualTo(5_000.0);
        }
    }

    @Test
    void aNameTypedAsAFormulaIsAStringCellWithTheSameText() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        List<Member> members = List.of(new Member(1, formula, "@home", -250L, LocalDate.of(2026, 3, 14), null, "-5"));
        try (XSSFWorkbook workbook = export(new TableExport<>("Membres", Samples.frenchColumns(), members, Language.FR))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(formula);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("@home");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("-5");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-2.5);
        }
    }
}
