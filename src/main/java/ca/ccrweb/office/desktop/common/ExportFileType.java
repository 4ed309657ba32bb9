package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.Labelled;

import java.util.Locale;

/** The files a list can be exported to. */
public enum ExportFileType implements Labelled {
    XLSX, PDF, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "export.type." + name();
    }
}
