package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.ArchivalPdf;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import static ca.ccrweb.office.core.fund.FundPdf.bold;
import static ca.ccrweb.office.core.fund.FundPdf.cell;

/**
 * The letter that tells an applicant their award, in the language of their application: the stream and year,
 * the consultations it pays for, the amount per expense, and how the money is paid.
 */
public final class AwardLetter {

    private AwardLetter() {
    }

    public static void write(FundApplication award, java.util.List<Event> consultations, LocalDate date, Path output)
            throws IOException {
        write(award, consultations, OfficeSettings.NONE, date, output);
    }

    /** The letter under the office's letterhead: its logo and address when they are set. */
    public static void write(FundApplication award, java.util.List<Event> consultations, OfficeSettings office,
                             LocalDate date, Path output) throws IOException {
        if (!award.isAward()) {
            throw new IllegalArgumentException("Only a selected application has an award letter: " + award.status());
        }
        AtomicFile.write(output, out -> render(award, consultations, office, date, out));
    }

    private static void render(FundApplication award, java.util.List<Event> consultations, OfficeSettings office,
                               LocalDate date, OutputStream out) {
        Messages messages = Messages.of(award.language());
        try (PdfDocument pdf = ArchivalPdf.open(out, award.language())) {
            pdf.getDocumentInfo().setTitle(messages.get("fund.letter.title"));
            pdf.getDocumentInfo().setAuthor(messages.get("welcome.letter.council"));
            Document document = FundPdf.letterPage(pdf, office, messages, date);
            StringBuilder address = new StringBuilder(award.applicantName());
            if (award.organizationName() != null) {
                address.append('\n').append(award.organizationName());
            }
            if (award.email() != null) {
                address.append('\n').append(award.email());
            }
            document.add(new Paragraph(PdfFonts.prepare(address.toString())).setMarginBottom(16));
            document.add(bold(new Paragraph(messages.get("fund.letter.title"))).setFontSize(14)
                    .setFontColor(FundPdf.ACCENT));
            document.add(new Paragraph(PdfFonts.prepare(messages.get("fund.letter.greeting", award.applicantName()))));
            document.add(new Paragraph(messages.get("fund.letter.selected",
                    messages.get(award.stream().labelKey()).toLowerCase(messages.locale()),
                    String.valueOf(award.year()), messages.money(award.awardedCents()))));

            document.add(bold(new Paragraph(messages.get(award.stream() == FundStream.LEADERSHIP
                    ? "fund.letter.consultationsLeadership" : "fund.letter.consultationsParticipation"))));
            List list = new List().setSymbolIndent(8);
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
            for (Event event : consultations) {
                String place = event.city() == null ? "" : " — " + event.city();
                list.add(new ListItem(PdfFonts.prepare(event.title(messages.language()) + " ("
                        + event.startsOn().format(day) + place + ")")));
            }
            document.add(list);

            Table amounts = new Table(UnitValue.createPercentArray(new float[]{50, 25, 25})).useAllAvailableWidth()
                    .setMarginTop(10).setMarginBottom(10);
            amounts.addHeaderCell(cell(messages.get("fund.letter.expense"), true, false));
            amounts.addHeaderCell(cell(messages.get("fund.column.requested"), true, true));
            amounts.addHeaderCell(cell(messages.get("fund.column.awarded"), true, true));
            for (FundLine line : award.lines()) {
                amounts.addCell(cell(messages.get(line.expense().labelKey()), false, false));
                amounts.addCell(cell(messages.money(line.requestedCents()), false, true));
                amounts.addCell(cell(messages.money(line.awardedOrZero()), false, true));
            }
            amounts.addCell(cell(messages.get("fund.letter.total"), true, false));
            amounts.addCell(cell(messages.money(award.requestedCents()), true, true));
            amounts.addCell(cell(messages.money(award.awardedCents()), true, true));
            document.add(amounts);

            document.add(new Paragraph(messages.get("fund.letter.registration")));
            document.add(new Paragraph(messages.get("fund.letter.receipts")));
            if (award.stream() == FundStream.LEADERSHIP) {
                document.add(new Paragraph(messages.get("fund.letter.leadership")));
            }
            document.add(new Div().setKeepTogether(true).setMarginTop(12)
                    .add(new Paragraph(messages.get("fund.letter.closing")))
                    .add(bold(new Paragraph(messages.get("fund.letter.signature")))));
            document.close();
        }
    }
}
