package ca.ccrweb.office.core.export;

import java.util.Locale;

/** The file formats a table can be exported to. */
public enum ExportFormat {
    XLSX,
    PDF,
    CSV;

    /** The file name extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a format name such as {@code "xlsx"} or {@code "PDF"}, ignoring case and surrounding spaces. */
    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown export format: " + text);
    }
}
