package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.groups.ChairTerm;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.OfficeSettings;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

/**
 * Who leads the council on a day, as the website publishes it: the executive committee by position (president
 * first, members at large last) with each person's organization, then the chairs and co-chairs of each group.
 * One page in the chosen language, as a PDF on the council's letterhead or as an HTML fragment to paste into the
 * website.
 */
public final class ExecutiveRoster {

    /** The people serving on {@code day}, in the roster's order. */
    public record Contents(LocalDate day, List<ExecutiveTerm> executive, List<GroupChairs> groups) {
        public static Contents on(LocalDate day, List<ExecutiveTerm> terms, List<Group> groups, List<ChairTerm> chairs) {
            List<ExecutiveTerm> serving = terms.stream().filter(term -> term.covers(day))
                    .sorted(Comparator.comparing(ExecutiveTerm::position).thenComparing(ExecutiveTerm::startsOn)
                            .thenComparing(ExecutiveTerm::fullName))
                    .toList();
            List<GroupChairs> seats = groups.stream()
                    .map(group -> new GroupChairs(group, chairs.stream()
                            .filter(chair -> chair.groupId() == group.id() && chair.covers(day))
                            .sorted(Comparator.comparing(ChairTerm::seat)).toList()))
                    .filter(group -> !group.chairs().isEmpty())
                    .toList();
            return new Contents(day, serving, seats);
        }
    }

    /** A group and who holds its seats. */
    public record GroupChairs(Group group, List<ChairTerm> chairs) {
    }

    private ExecutiveRoster() {
    }

    public static void writePdf(Contents contents, OfficeSettings office, Messages messages, Path output)
            throws IOException {
        AtomicFile.write(output, out -> renderPdf(contents, office, messages, out));
    }

    public static void writeHtml(Contents contents, Messages messages, Path output) throws IOException {
        AtomicFile.write(output, out -> renderHtml(contents, messages, out));
    }

    private static void renderPdf(Contents contents, OfficeSettings office, Messages messages, OutputStream out) {
        Language language = messages.language();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            String title = messages.get("executive.roster.title");
            pdf.getDocumentInfo().setTitle(title);
            Document document = Letterhead.compact(pdf, office, messages, contents.day(), 54, 10);
            document.add(Letterhead.bold(new Paragraph(title)).setFontSize(17).setFontColor(Letterhead.ACCENT)
                    .setMarginBottom(0));
            document.add(new Paragraph(messages.get("executive.roster.asOf", longDate(contents.day(), messages)))
                    .setFontColor(Letterhead.MUTED).setMarginTop(0));
            if (contents.executive().isEmpty()) {
                document.add(new Paragraph(messages.get("executive.empty")));
            }
            Table committee = new Table(UnitValue.createPercentArray(3)).useAllAvailableWidth().setMarginBottom(10);
            for (ExecutiveTerm term : contents.executive()) {
                Cell card = new Cell().setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(Letterhead.ACCENT, 1.2f))
                        .setPadding(5).setPaddingBottom(8)
                        .add(new Paragraph(messages.get(term.position().labelKey())).setFontSize(8.5f)
                                .setFontColor(Letterhead.ACCENT).setMargin(0))
                        .add(Letterhead.bold(new Paragraph(PdfFonts.prepare(term.fullName()))).setFontSize(11)
                                .setMargin(0));
                if (term.organizationName() != null) {
                    card.add(new Paragraph(PdfFonts.prepare(term.organizationName())).setFontSize(8.5f)
                            .setFontColor(Letterhead.MUTED).setMargin(0));
                }
                committee.addCell(card);
            }
            for (int empty = contents.executive().size() % 3; empty > 0 && empty < 3; empty++) {
                committee.addCell(new Cell().setBorder(Border.NO_BORDER));
            }
            document.add(committee);
            if (!contents.groups().isEmpty()) {
                document.add(Letterhead.bold(new Paragraph(messages.get("executive.roster.groups"))).setFontSize(13)
                        .setFontColor(Letterhead.ACCENT).setMarginBottom(2));
                Table groups = new Table(UnitValue.createPercentArray(new float[] {2, 3})).useAllAvailableWidth();
                for (GroupChairs group : contents.groups()) {
                    groups.addCell(new Cell().setBorder(Border.NO_BORDER)
                            .setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f)).setPadding(3)
                            .add(Letterhead.bold(new Paragraph(PdfFonts.prepare(group.group().name(language))))
                                    .setFontSize(9.5f).setMargin(0)));
                    Cell seats = new Cell().setBorder(Border.NO_BORDER)
                            .setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f)).setPadding(3);
                    for (ChairTerm chair : group.chairs()) {
                        seats.add(new Paragraph(PdfFonts.prepare(seatLine(chair, messages))).setFontSize(9)
                                .setMargin(0));
                    }
                    groups.addCell(seats);
                }
                document.add(groups);
            }
            document.close();
        }
    }

    private static void renderHtml(Contents contents, Messages messages, OutputStream out) throws IOException {
        Language language = messages.language();
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        html.write("<section class=\"executive-roster\" lang=\"" + language.code() + "\">\n");
        html.write("  <h2>" + escape(messages.get("executive.roster.title")) + "</h2>\n");
        html.write("  <p class=\"as-of\">" + escape(messages.get("executive.roster.asOf",
                longDate(contents.day(), messages))) + "</p>\n");
        html.write("  <ul class=\"committee\">\n");
        for (ExecutiveTerm term : contents.executive()) {
            html.write("    <li><span class=\"position\">" + escape(messages.get(term.position().labelKey()))
                    + "</span> <strong>" + escape(term.fullName()) + "</strong>"
                    + (term.organizationName() == null ? ""
                    : " <span class=\"organization\">" + escape(term.organizationName()) + "</span>") + "</li>\n");
        }
        html.write("  </ul>\n");
        if (!contents.groups().isEmpty()) {
            html.write("  <h3>" + escape(messages.get("executive.roster.groups")) + "</h3>\n  <dl class=\"groups\">\n");
            for (GroupChairs group : contents.groups()) {
                html.write("    <dt>" + escape(group.group().name(language)) + "</dt>\n");
                for (ChairTerm chair : group.chairs()) {
                    html.write("    <dd>" + escape(seatLine(chair, messages)) + "</dd>\n");
                }
            }
            html.write("  </dl>\n");
        }
        html.write("</section>\n");
        html.flush();
    }

    /** "Co-chair: Name (Organization)". */
    static String seatLine(ChairTerm chair, Messages messages) {
        String person = chair.organizationName() == null ? chair.fullName()
                : chair.fullName() + " (" + chair.organizationName() + ")";
        return messages.get("executive.roster.seat", messages.get(chair.seat().labelKey()), person);
    }

    private static String longDate(LocalDate day, Messages messages) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
