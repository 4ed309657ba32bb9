package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Province;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page for the executive committee: the campaign, what members did (key figures), the actions by kind and
 * result, by province, and by quarter, in the language chosen.
 */
public final class CampaignReport {
    private static final int MOST_QUARTERS = 8;

    private CampaignReport() {
    }

    /** The report's headline figures, worked out from the tallies. */
    public record Figures(int actions, int organizations, int individuals, int provincesReached,
                          int lettersToMinister, int meetingsHeld, int replies, int commitments) {

        public static Figures of(Tallies tallies) {
            return new Figures(tallies.total(), tallies.organizations(), tallies.individuals(),
                    tallies.provincesReached(), tallies.byAction().get(ActionKind.LETTER_TO_MINISTER),
                    tallies.byResult().get(ActionResult.MEETING_HELD), tallies.byResult().get(ActionResult.REPLY_RECEIVED),
                    tallies.byResult().get(ActionResult.COMMITMENT));
        }
    }

    /** The report on the council's letterhead: the logo and address of the office's settings when set. */
    public static void write(Campaign campaign, Tallies tallies, OfficeSettings office, Messages messages,
                             LocalDate date, Path output) throws IOException {
        AtomicFile.write(output, out -> render(campaign, tallies, office, messages, date, out));
    }

    private static void render(Campaign campaign, Tallies tallies, OfficeSettings office, Messages messages,
                               LocalDate date, OutputStream out) {
        NumberFormat number = NumberFormat.getIntegerInstance(messages.locale());
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            String title = messages.get("advocacy.report.title", campaign.title(messages.language()));
            pdf.getDocumentInfo().setTitle(title);
            Document document = Letterhead.compact(pdf, office, messages, date, 50, 10);
            document.setFontSize(9f);
            document.add(Letterhead.bold(new Paragraph(PdfFonts.prepare(title))).setFontSize(14)
                    .setFontColor(Letterhead.ACCENT).setMarginBottom(2));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
            String period = campaign.endsOn() == null
                    ? messages.get("advocacy.report.since", campaign.startsOn().format(day))
                    : messages.get("advocacy.report.period", campaign.startsOn().format(day),
                    campaign.endsOn().format(day));
            document.add(new Paragraph(period + " · " + messages.get(campaign.status().labelKey()))
                    .setFontColor(Letterhead.MUTED).setMarginTop(0));
            if (campaign.goal(messages.language()) != null) {
                document.add(new Paragraph(PdfFonts.prepare(campaign.goal(messages.language()))).setMarginBottom(8));
            }

            Figures figures = Figures.of(tallies);
            Table headline = new Table(UnitValue.createPercentArray(4)).useAllAvailableWidth().setMarginBottom(7);
            figure(headline, number.format(figures.actions()), messages.get("advocacy.report.actions"));
            figure(headline, number.format(figures.organizations()) + " / " + number.format(figures.individuals()),
                    messages.get("advocacy.report.reporters"));
            figure(headline, number.format(figures.provincesReached()) + " / " + Province.values().length,
                    messages.get("advocacy.report.provinces"));
            figure(headline, number.format(figures.lettersToMinister()), messages.get("advocacy.report.letters"));
            figure(headline, number.format(figures.meetingsHeld()), messages.get("advocacy.report.meetings"));
            figure(headline, number.format(figures.replies()), messages.get("advocacy.report.replies"));
            figure(headline, number.format(figures.commitments()), messages.get("advocacy.report.commitments"));
            figure(headline, number.format(tallies.byResult().get(ActionResult.NO_ANSWER)),
                    messages.get("advocacy.report.noAnswer"));
            document.add(headline);

            document.add(section(messages.get("advocacy.report.byAction")));
            Table byAction = new Table(UnitValue.createPercentArray(new float[]{32, 13, 13, 13, 13, 16}))
                    .useAllAvailableWidth().setMarginBottom(7);
            byAction.addHeaderCell(cell(messages.get("advocacy.column.action"), true, false));
            for (ActionResult result : ActionResult.values()) {
                byAction.addHeaderCell(cell(messages.get(result.labelKey()), true, true));
            }
            byAction.addHeaderCell(cell(messages.get("advocacy.report.total"), true, true));
            for (ActionKind kind : ActionKind.values()) {
                if (tallies.byAction().get(kind) == 0 && !campaign.actionKinds().contains(kind)) {
                    continue;
                }
                byAction.addCell(cell(messages.get(kind.labelKey()), false, false));
                for (ActionResult result : ActionResult.values()) {
                    byAction.addCell(cell(number.format(tallies.byActionAndResult().get(kind).get(result)), false,
                            true));
                }
                byAction.addCell(cell(number.format(tallies.byAction().get(kind)), true, true));
            }
            byAction.addCell(cell(messages.get("advocacy.report.total"), true, false));
            for (ActionResult result : ActionResult.values()) {
                byAction.addCell(cell(number.format(tallies.byResult().get(result)), true, true));
            }
            byAction.addCell(cell(number.format(tallies.total()), true, true));
            document.add(byAction);

            document.add(section(messages.get("advocacy.report.byProvince")));
            Table byProvince = new Table(UnitValue.createPercentArray(Province.values().length))
                    .useAllAvailableWidth().setMarginBottom(7);
            for (Province province : Province.values()) {
                byProvince.addHeaderCell(cell(province.name(), true, true));
            }
            for (Province province : Province.values()) {
                byProvince.addCell(cell(number.format(tallies.byProvince().get(province)), false, true));
            }
            document.add(byProvince);

            document.add(section(messages.get("advocacy.report.byQuarter")));
            List<Map.Entry<String, Map<ActionResult, Integer>>> quarters = new ArrayList<>(quarters(tallies)
                    .entrySet());
            quarters = quarters.subList(Math.max(0, quarters.size() - MOST_QUARTERS), quarters.size());
            float[] widths = new float[quarters.size() + 1];
            Arrays.fill(widths, 1);
            widths[0] = 2.2f;
            Table byQuarter = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth()
                    .setMarginBottom(8);
            byQuarter.addHeaderCell(cell("", true, false));
            for (Map.Entry<String, Map<ActionResult, Integer>> quarter : quarters) {
                String[] yearAndQuarter = quarter.getKey().split("-");
                byQuarter.addHeaderCell(cell(messages.get("advocacy.report.quarterName",
                        Integer.parseInt(yearAndQuarter[1]), yearAndQuarter[0]), true, true));
            }
            for (ActionResult result : List.of(ActionResult.MEETING_HELD, ActionResult.COMMITMENT)) {
                byQuarter.addCell(cell(messages.get(result.labelKey()), false, false));
                for (Map.Entry<String, Map<ActionResult, Integer>> quarter : quarters) {
                    byQuarter.addCell(cell(number.format(quarter.getValue().getOrDefault(result, 0)), false, true));
                }
            }
            byQuarter.addCell(cell(messages.get("advocacy.report.allActions"), true, false));
            for (Map.Entry<String, Map<ActionResult, Integer>> quarter : quarters) {
                int total = quarter.getValue().values().stream().mapToInt(Integer::intValue).sum();
                byQuarter.addCell(cell(number.format(total), true, true));
            }
            document.add(byQuarter);
            document.add(new Paragraph(messages.get("advocacy.report.note")).setFontSize(8)
                    .setFontColor(Letterhead.MUTED));
            document.close();
        }
    }

    /** Counts by quarter, keyed "2026-3" so that the keys sort in time; quarters without actions show as zeros. */
    static Map<String, Map<ActionResult, Integer>> quarters(Tallies tallies) {
        Map<String, Map<ActionResult, Integer>> quarters = new TreeMap<>();
        if (!tallies.byMonth().isEmpty()) {
            for (YearMonth month = tallies.byMonth().firstKey(); !month.isAfter(tallies.byMonth().lastKey());
                 month = month.plusMonths(3)) {
                quarters.put(month.getYear() + "-" + ((month.getMonthValue() - 1) / 3 + 1),
                        new EnumMap<>(ActionResult.class));
            }
            YearMonth last = tallies.byMonth().lastKey();
            quarters.put(last.getYear() + "-" + ((last.getMonthValue() - 1) / 3 + 1), new EnumMap<>(ActionResult.class));
        }
        for (Map.Entry<YearMonth, Map<ActionResult, Integer>> month : tallies.byMonth().entrySet()) {
            String key = month.getKey().getYear() + "-" + ((month.getKey().getMonthValue() - 1) / 3 + 1);
            Map<ActionResult, Integer> counts = quarters.computeIfAbsent(key,
                    unused -> new EnumMap<>(ActionResult.class));
            month.getValue().forEach((result, count) -> counts.merge(result, count, Integer::sum));
        }
        return quarters;
    }

    private static Paragraph section(String text) {
        return Letterhead.bold(new Paragraph(text)).setFontColor(Letterhead.ACCENT).setMarginBottom(3);
    }

    private static void figure(Table table, String value, String label) {
        table.addCell(new Cell().setBorder(Border.NO_BORDER).setBackgroundColor(Letterhead.SHADE).setPadding(4)
                .setMargin(2)
                .add(Letterhead.bold(new Paragraph(value)).setFontSize(13).setFontColor(Letterhead.ACCENT)
                        .setMargin(0))
                .add(new Paragraph(label).setFontSize(8).setFontColor(Letterhead.MUTED).setMargin(0)));
    }

    private static Cell cell(String text, boolean header, boolean number) {
        Paragraph paragraph = new Paragraph(PdfFonts.prepare(text));
        if (header) {
            Letterhead.bold(paragraph);
        }
        Cell cell = new Cell().add(paragraph).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f)).setPaddingTop(1.5f).setPaddingBottom(1.5f)
                .setPaddingLeft(3).setPaddingRight(3);
        if (header) {
            cell.setBackgroundColor(Letterhead.SHADE);
        }
        if (number) {
            cell.setTextAlignment(TextAlignment.RIGHT);
        }
        return cell;
    }
}
