package ca.ccrweb.office.core.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole table in one format to a stream it does not close. */
interface TableWriter {

    <T> void write(TableExport<T> table, OutputStream out, ExportProgress progress) throws IOException;
}
