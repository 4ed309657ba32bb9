package ca.ccrweb.office.desktop.common;

import java.nio.file.Path;

/** A list ready to be written to a file, reporting its progress row by row. */
@FunctionalInterface
public interface ListExport {
    void write(ExportFileType type, Path file, ProgressReporter progress) throws Exception;
}
