package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.export.ExportFormat;

import java.nio.file.Path;

/** A list ready to be written to a file, reporting its progress row by row. */
@FunctionalInterface
public interface ListExport {
    void write(ExportFormat format, Path file, ProgressReporter progress) throws Exception;
}
