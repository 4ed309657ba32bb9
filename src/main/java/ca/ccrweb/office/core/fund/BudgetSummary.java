package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.ArchivalPdf;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static ca.ccrweb.office.core.fund.FundPdf.bold;
import static ca.ccrweb.office.core.fund.FundPdf.cell;

/**
 * One page for the board: each stream's budget for the year (allocated, committed, paid out, left), the
 * applications received and how they were decided, and the leadership awards with a missed consultation.
 */
public final class BudgetSummary {

    private BudgetSummary() {
    }

    /** The figures the page shows, worked out by the service. */
    public record Figures(int year, List<BudgetLine> budgets, List<FundApplication> applications,
                          int leadershipAwardsWithAMissedConsultation) {
    }

    public static void write(Figures figures, Messages messages, LocalDate date, Path output) throws IOException {
        write(figures, OfficeSettings.NONE, messages, date, output);
    }

    /** The summary under the office's letterhead: its logo and address when they are set. */
    public static void write(Figures figures, OfficeSettings office, Messages messages, LocalDate date, Path output)
            throws IOException {
        AtomicFile.write(output, out -> render(figures, office, messages, date, out));
    }

    private static void render(Figures figures, OfficeSettings office, Messages messages, LocalDate date,
                               OutputStream out) {
        try (PdfDocument pdf = ArchivalPdf.open(out, messages.language())) {
            String title = messages.get("fund.summary.title", String.valueOf(figures.year()));
            pdf.getDocumentInfo().setTitle(title);
            Document document = FundPdf.letterPage(pdf, office, messages, date);
            document.add(bold(new Paragraph(title)).setFontSize(15).setFontColor(FundPdf.ACCENT));
            document.add(new Paragraph(messages.get("fund.summary.intro")).setFontColor(FundPdf.MUTED));

            Table budget = new Table(UnitValue.createPercentArray(new float[]{28, 18, 18, 18, 18}))
                    .useAllAvailableWidth().setMarginTop(8).setMarginBottom(14);
            budget.addHeaderCell(cell(messages.get("fund.column.stream"), true, false));
            for (String key : List.of("fund.budget.allocated", "fund.budget.committed", "fund.budget.disbursed",
                    "fund.budget.remaining")) {
                budget.addHeaderCell(cell(messages.get(key), true, true));
            }
            long[] total = new long[4];
            for (BudgetLine line : figures.budgets()) {
                long[] values = {line.allocatedCents(), line.committedCents(), line.disbursedCents(),
                        line.remainingCents()};
                budget.addCell(cell(messages.get(line.stream().labelKey()), false, false));
                for (int i = 0; i < values.length; i++) {
                    budget.addCell(cell(messages.money(values[i]), false, true));
                    total[i] += values[i];
                }
            }
            budget.addCell(cell(messages.get("fund.letter.total"), true, false));
            for (long value : total) {
                budget.addCell(cell(messages.money(value), true, true));
            }
            document.add(budget);

            document.add(bold(new Paragraph(messages.get("fund.summary.applications"))).setFontColor(FundPdf.ACCENT));
            Table decisions = new Table(UnitValue.createPercentArray(new float[]{28, 12, 12, 12, 12, 12, 12}))
                    .useAllAvailableWidth().setMarginBottom(14);
            decisions.addHeaderCell(cell(messages.get("fund.column.stream"), true, false));
            for (ApplicationStatus status : ApplicationStatus.values()) {
                decisions.addHeaderCell(cell(messages.get(status.labelKey()), true, true));
            }
            decisions.addHeaderCell(cell(messages.get("fund.summary.received"), true, true));
            for (FundStream stream : FundStream.values()) {
                Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
                int received = 0;
                for (FundApplication application : figures.applications()) {
                    if (application.stream() == stream && application.year() == figures.year()) {
                        counts.merge(application.status(), 1, Integer::sum);
                        received++;
                    }
                }
                decisions.addCell(cell(messages.get(stream.labelKey()), false, false));
                for (ApplicationStatus status : ApplicationStatus.values()) {
                    decisions.addCell(cell(String.valueOf(counts.getOrDefault(status, 0)), false, true));
                }
                decisions.addCell(cell(String.valueOf(received), true, true));
            }
            document.add(decisions);

            if (figures.leadershipAwardsWithAMissedConsultation() > 0) {
                document.add(new Paragraph(messages.get("fund.summary.missed",
                        figures.leadershipAwardsWithAMissedConsultation())).setFontColor(FundPdf.WARNING));
            }
            document.add(new Paragraph(messages.get("fund.summary.note")).setFontSize(8.5f)
                    .setFontColor(FundPdf.MUTED).setMarginTop(10));
            document.close();
        }
    }
}
