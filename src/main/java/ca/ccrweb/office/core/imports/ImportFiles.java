package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.OfficeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.InputStreamReader;
import java.nio.CharBuffer;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a spreadsheet as spreadsheet programs really save it. CSV: UTF-8 with or without its byte order
 * mark, otherwise Windows-1252 (what Excel in French saves by default), comma, semicolon or tab between
 * fields (the one the header line uses most), quoted fields with line breaks inside. xlsx: the first
 * sheet, streamed (a large sheet is never held as a workbook), real dates given as 2024-03-05, numbers
 * as typed without grouping.
 */
public final class ImportFiles {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ImportFiles() {
    }

    public static ImportFile read(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = sha256(bytes);
            List<String[]> lines = isXlsx(bytes) ? xlsx(file, Integer.MAX_VALUE) : csv(text(bytes));
            return fromLines(name, sha256, lines);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new OfficeException(e, "import.error.unreadable", name, String.valueOf(e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new OfficeException(e, "import.error.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /** Files up to this size are read whole even when only their first rows are asked for. */
    private static final long READ_WHOLE_UP_TO = 1 << 20;
    private static final int GLANCE_BYTES = 1 << 16;

    /**
     * The header and the first rows of a file, read without going through the rest, so a large file's first
     * rows show at once while the whole file is read. A small file is read whole (with its SHA-256); the first
     * rows of a larger one are not {@link ImportFile#complete() complete}. The encoding is told from a byte
     * order mark or from the file's first 64 KB; the whole read decides for the import.
     */
    public static ImportFile readFirst(Path file, int rows) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) <= READ_WHOLE_UP_TO) {
                return read(file);
            }
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(GLANCE_BYTES);
            }
            List<String[]> lines = isXlsx(start) ? xlsx(file, rows + 1) : csvStart(file, start, rows + 1);
            return fromLines(name, null, lines);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new OfficeException(e, "import.error.unreadable", name, String.valueOf(e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new OfficeException(e, "import.error.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static List<String[]> csvStart(Path file, byte[] start, int lines) throws IOException {
        boolean bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        Charset charset = bom || startsAsUtf8(start) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char separator = separator(new String(start, charset));
        List<String[]> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, charset), format)) {
                for (CSVRecord record : parser) {
                    read.add(record.values());
                    if (read.size() >= lines && !blank(record.values())) {
                        break;
                    }
                }
            }
        }
        return read;
    }

    /** Whether the bytes decode as UTF-8, a character cut at their end aside. */
    private static boolean startsAsUtf8(byte[] start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var chars = CharBuffer.allocate(start.length);
        return !decoder.decode(ByteBuffer.wrap(start), chars, false).isError();
    }

    private static ImportFile fromLines(String name, String sha256, List<String[]> lines) {
        int first = 0;
        while (first < lines.size() && blank(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            throw new OfficeException("import.error.emptyFile", name);
        }
        List<String> headers = new ArrayList<>();
        for (String header : lines.get(first)) {
            headers.add(header == null ? "" : header.strip());
        }
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String[] row : lines.subList(first + 1, lines.size())) {
            if (!blank(row)) {
                rows.add(row);
            }
        }
        return new ImportFile(name, sha256, headers, rows);
    }

    private static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** UTF-8 when the bytes say so (a byte order mark, or bytes that decode); Windows-1252 otherwise. */
    static String text(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static List<String[]> csv(String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).get();
        List<String[]> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.values());
            }
        }
        return lines;
    }

    /** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Thrown by the row collector once it has the lines asked for: the rest of the sheet is not parsed. */
    private static final class EnoughLines extends RuntimeException {
        EnoughLines() {
            super(null, null, false, false);
        }
    }

    private static List<String[]> xlsx(Path file, int upTo) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        List<String[]> lines = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return lines;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(lines, upTo), new PlainValues(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (EnoughLines enough) {
                    // the first lines were asked for, and read
                }
            }
        }
        return lines;
    }

    /** Collects the cells of each row at their column, leaving gaps empty. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String[]> lines;
        private final int upTo;
        private final List<String> row = new ArrayList<>();
        private int nextColumn;
        private int filled;

        RowCollector(List<String[]> lines, int upTo) {
            this.lines = lines;
            this.upTo = upTo;
        }

        @Override
        public void startRow(int rowNum) {
            while (lines.size() < rowNum) {
                lines.add(new String[0]);
            }
            row.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            String[] cells = row.toArray(String[]::new);
            lines.add(cells);
            if (!blank(cells) && ++filled >= upTo) {
                throw new EnoughLines();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(formattedValue);
            nextColumn = column + 1;
        }
    }

    /** Dates as ISO dates (2024-03-05), numbers as typed without grouping or currency: what the import parses. */
    private static final class PlainValues extends DataFormatter {
        PlainValues() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }

    private static boolean blank(String[] row) {
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
