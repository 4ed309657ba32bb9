package ca.ccrweb.office.core.export;

/** The export stopped because its {@link ExportProgress} asked to; no file was written or replaced. */
public final class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("Export cancelled");
    }
}
