package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.ExportFormat;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

import java.util.List;
import java.util.function.Supplier;

/**
 * Printing a document the application wrote as PDF: its pages drawn as images (PDFBox), the system's print
 * dialog, one printed page per image, scaled into the printer's printable area; page 1 alone when asked; and
 * saving the same PDF. Lists may use it as the quarterly update does. The printer is reached only in
 * {@link #print}; what it would receive ({@link #pagesToPrint}, {@link #fit}) is plain and tested.
 */
public final class PrintFlow {
    private final TaskExecutor executor;
    private final Localizer localizer;
    private final UserFeedback feedback;
    private final Dialogs dialogs;
    private final ExportFlow exports;
    private final Supplier<PrinterJob> jobs;

    public PrintFlow(TaskExecutor executor, Localizer localizer, UserFeedback feedback, Dialogs dialogs,
                     ExportFlow exports) {
        this(executor, localizer, feedback, dialogs, exports, PrinterJob::createPrinterJob);
    }

    PrintFlow(TaskExecutor executor, Localizer localizer, UserFeedback feedback, Dialogs dialogs,
              ExportFlow exports, Supplier<PrinterJob> jobs) {
        this.executor = executor;
        this.localizer = localizer;
        this.feedback = feedback;
        this.dialogs = dialogs;
        this.exports = exports;
        this.jobs = jobs;
    }

    /** The pages that go to the printer: all, or the first alone. */
    public static List<PageImage> pagesToPrint(List<PageImage> pages, boolean firstPageOnly) {
        return firstPageOnly && !pages.isEmpty() ? List.of(pages.getFirst()) : pages;
    }

    /** The size a page image takes in a printable area, keeping its proportions: {width, height} in points. */
    public static double[] fit(PageImage page, double printableWidth, double printableHeight) {
        double scale = Math.min(printableWidth / page.width(), printableHeight / page.height());
        return new double[]{page.width() * scale, page.height() * scale};
    }

    /**
     * Draws the PDF for the printer in the background, then shows the system's print dialog and prints each
     * page. A computer without a printer gets a message, not an error.
     */
    public void print(byte[] pdf, boolean firstPageOnly, String jobName) {
        executor.run(() -> pagesToPrint(PdfPageImages.render(pdf, PdfPageImages.PRINT_DPI), firstPageOnly),
                pages -> printPages(pages, jobName), feedback::showError);
    }

    private void printPages(List<PageImage> pages, String jobName) {
        PrinterJob job = jobs.get();
        if (job == null) {
            feedback.showError(new OfficeException("print.error.noPrinter"));
            return;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(dialogs.owner())) {
            job.cancelJob();
            return;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paperOf(pages.getFirst()), PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        boolean printed = true;
        for (PageImage page : pages) {
            ImageView view = new ImageView(FxPageImages.of(page));
            double[] size = fit(page, layout.getPrintableWidth(), layout.getPrintableHeight());
            view.setFitWidth(size[0]);
            view.setFitHeight(size[1]);
            view.setSmooth(true);
            printed &= job.printPage(layout, view);
        }
        if (printed && job.endJob()) {
            feedback.notify(localizer.plural("print.done", pages.size(), pages.size(), jobName));
        } else {
            feedback.showError(new OfficeException("print.error.failed", jobName));
        }
    }

    /** Letter or A4, by the proportions of the page drawn (Letter is wider for its height). */
    private static Paper paperOf(PageImage page) {
        double ratio = (double) page.height() / page.width();
        return Math.abs(ratio - 11.0 / 8.5) < Math.abs(ratio - 297.0 / 210.0) ? Paper.NA_LETTER : Paper.A4;
    }

    /** Saves the PDF where staff choose, as an export is saved. */
    public void saveAsPdf(byte[] pdf, String baseName, int pages) {
        exports.exportNamed(ExportFormat.PDF, baseName, pages, (format, file, progress) -> {
            AtomicFile.write(file, out -> out.write(pdf));
        });
    }

    public Localizer localizer() {
        return localizer;
    }
}
