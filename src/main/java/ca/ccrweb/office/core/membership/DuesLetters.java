package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.StringJoiner;

/**
 * The dues letters, on the council's letterhead: the invoice and the receipt in the organization's language,
 * and the sign-in sheet of the members in good standing at a general assembly.
 */
public final class DuesLetters {
    private DuesLetters() {
    }

    /** The invoice of a year's dues: what is owed, by when, what was already paid. */
    public static void invoice(Organization organization, DuesLine dues, LocalDate date, Path output)
            throws IOException {
        invoice(organization, dues, OfficeSettings.NONE, date, output);
    }

    /** The invoice under the office's letterhead: its logo and address when they are set. */
    public static void invoice(Organization organization, DuesLine dues, OfficeSettings office, LocalDate date,
                               Path output) throws IOException {
        Messages messages = Messages.of(organization.language());
        AtomicFile.write(output, out -> {
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                pdf.getDocumentInfo().setTitle(messages.get("dues.invoice.title", String.valueOf(dues.year())));
                Document document = Letterhead.start(pdf, office, messages, date, 64, 16);
                addressee(document, organization);
                document.add(Letterhead.bold(new Paragraph(messages.get("dues.invoice.title",
                        String.valueOf(dues.year())))).setFontSize(14).setFontColor(Letterhead.ACCENT));
                document.add(new Paragraph(messages.get("dues.invoice.text", PdfFonts.prepare(organization.name()),
                        String.valueOf(dues.year()))));
                Table amounts = amounts();
                row(amounts, messages.get("dues.column.assessed"), messages.money(dues.amountCents()), false);
                if (dues.paidCents() > 0) {
                    row(amounts, messages.get("dues.column.paid"), messages.money(dues.paidCents()), false);
                }
                row(amounts, messages.get("dues.invoice.owed"), messages.money(dues.balanceCents()), true);
                row(amounts, messages.get("dues.column.dueOn"), longDate(dues.dueOn(), messages), false);
                document.add(amounts);
                document.add(new Paragraph(messages.get("dues.invoice.howToPay")));
                closing(document, messages);
            }
        });
    }

    /** The receipt of the payments made towards a year's dues. */
    public static void receipt(Organization organization, DuesLine dues, List<DuesPayment> payments, LocalDate date,
                               Path output) throws IOException {
        receipt(organization, dues, payments, OfficeSettings.NONE, date, output);
    }

    /** The receipt under the office's letterhead: its logo and address when they are set. */
    public static void receipt(Organization organization, DuesLine dues, List<DuesPayment> payments,
                               OfficeSettings office, LocalDate date, Path output) throws IOException {
        Messages messages = Messages.of(organization.language());
        AtomicFile.write(output, out -> {
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                pdf.getDocumentInfo().setTitle(messages.get("dues.receipt.title", String.valueOf(dues.year())));
                Document document = Letterhead.start(pdf, office, messages, date, 64, 16);
                addressee(document, organization);
                document.add(Letterhead.bold(new Paragraph(messages.get("dues.receipt.title",
                        String.valueOf(dues.year())))).setFontSize(14).setFontColor(Letterhead.ACCENT));
                document.add(new Paragraph(messages.get("dues.receipt.text", PdfFonts.prepare(organization.name()),
                        String.valueOf(dues.year()))));
                Table table = new Table(UnitValue.createPercentArray(new float[]{30, 25, 25, 20})).useAllAvailableWidth()
                        .setMarginTop(6).setMarginBottom(12);
                for (String header : new String[]{messages.get("dues.column.paidOn"), messages.get("dues.column.method"),
                        messages.get("dues.column.reference"), messages.get("dues.column.amount")}) {
                    table.addHeaderCell(cell(header, true));
                }
                for (DuesPayment payment : payments) {
                    if (payment.year() != dues.year()) {
                        continue;
                    }
                    table.addCell(cell(longDate(payment.paidOn(), messages), false));
                    table.addCell(cell(messages.get(payment.method().labelKey()), false));
                    table.addCell(cell(payment.reference() == null ? "" : payment.reference(), false));
                    table.addCell(cell(messages.money(payment.amountCents()), false)
                            .setTextAlignment(TextAlignment.RIGHT));
                }
                document.add(table);
                Table totals = amounts();
                row(totals, messages.get("dues.column.assessed"), messages.money(dues.amountCents()), false);
                row(totals, messages.get("dues.column.paid"), messages.money(dues.paidCents()), true);
                row(totals, messages.get("dues.column.balance"), messages.money(dues.balanceCents()), false);
                document.add(totals);
                document.add(new Paragraph(messages.get(dues.paid() ? "dues.receipt.settled" : "dues.receipt.partial")));
                closing(document, messages);
            }
        });
    }

    /** The sheet delegates sign at the general assembly: one line per member in good standing on that day. */
    public static void signInSheet(LocalDate day, List<VotingMember> members, Messages messages, Path output)
            throws IOException {
        AtomicFile.write(output, out -> {
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                pdf.getDocumentInfo().setTitle(messages.get("goodStanding.sheet.title"));
                Document document = new Document(pdf, PageSize.LETTER);
                document.setMargins(40, 40, 40, 40);
                PdfFonts.load().applyTo(document);
                document.setFontSize(9.5f);
                document.add(Letterhead.bold(new Paragraph(messages.get("goodStanding.sheet.title"))).setFontSize(16)
                        .setFontColor(Letterhead.ACCENT).setMarginBottom(0));
                document.add(new Paragraph(messages.get("goodStanding.sheet.subtitle", longDate(day, messages),
                        members.size())).setFontColor(Letterhead.MUTED).setMarginBottom(8));
                Table table = new Table(UnitValue.createPercentArray(new float[]{5, 38, 27, 30})).useAllAvailableWidth();
                for (String header : new String[]{"#", messages.get("field.name"),
                        messages.get("goodStanding.column.delegate"), messages.get("goodStanding.column.signature")}) {
                    table.addHeaderCell(cell(header, true));
                }
                int number = 0;
                for (VotingMember member : members) {
                    table.addCell(cell(String.valueOf(++number), false));
                    table.addCell(cell(PdfFonts.prepare(member.organization().name()), false));
                    table.addCell(cell(member.delegate() == null ? messages.get("goodStanding.noDelegate")
                            : PdfFonts.prepare(member.delegate().fullName()), false));
                    table.addCell(cell("", false).setMinHeight(22));
                }
                document.add(table);
                document.close();
            }
        });
    }

    static String longDate(LocalDate date, Messages messages) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
    }

    private static void addressee(Document document, Organization organization) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(PdfFonts.prepare(organization.name()));
        if (organization.streetAddress() != null) {
            lines.add(PdfFonts.prepare(organization.streetAddress()));
        }
        lines.add((organization.city() == null ? "" : PdfFonts.prepare(organization.city()) + " ")
                + organization.province().name() + (organization.postalCode() == null ? ""
                : "  " + organization.postalCode()));
        lines.add(organization.email());
        document.add(new Paragraph(lines.toString()).setMarginBottom(18));
    }

    private static Table amounts() {
        return new Table(UnitValue.createPercentArray(new float[]{55, 45})).useAllAvailableWidth()
                .setMarginTop(6).setMarginBottom(12);
    }

    private static void row(Table table, String label, String value, boolean emphasized) {
        table.addCell(cell(label, false).setBackgroundColor(Letterhead.SHADE));
        Cell valueCell = cell(value, emphasized).setTextAlignment(TextAlignment.RIGHT);
        if (emphasized) {
            valueCell.setFontColor(Letterhead.ACCENT);
        }
        table.addCell(valueCell);
    }

    private static Cell cell(String text, boolean bold) {
        Paragraph paragraph = new Paragraph(text);
        if (bold) {
            Letterhead.bold(paragraph);
        }
        return new Cell().add(paragraph).setBorder(new SolidBorder(Letterhead.BORDER, 0.5f)).setPadding(5);
    }

    private static void closing(Document document, Messages messages) {
        document.add(new Div().setKeepTogether(true).setMarginTop(12)
                .add(new Paragraph(messages.get("dues.letter.closing")))
                .add(Letterhead.bold(new Paragraph(messages.get("welcome.letter.signature")))));
        document.close();
    }
}
