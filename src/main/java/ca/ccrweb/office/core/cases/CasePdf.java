package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.export.ArchivalPdf;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.office.OfficeSettings;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One case on paper (PDF/A), for the caseworker's file or a meeting: what it is, who brought it, the people
 * concerned, the dated log and the list of documents (their names and fingerprints, not their contents).
 * Marked confidential on top.
 */
public final class CasePdf {

    private CasePdf() {
    }

    public static void write(CaseFile file, OfficeSettings office, Messages messages, LocalDate today, Path output)
            throws IOException {
        AtomicFile.write(output, out -> render(file, office, messages, today, out));
    }

    private static void render(CaseFile file, OfficeSettings office, Messages messages, LocalDate today,
                               OutputStream out) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        CaseSummary summary = file.summary();
        CaseDraft details = file.details();
        try (PdfDocument pdf = ArchivalPdf.open(out, messages.language())) {
            String title = messages.get("cases.pdf.title", summary.reference());
            pdf.getDocumentInfo().setTitle(title);
            pdf.getDocumentInfo().setAuthor(messages.get("welcome.letter.council"));
            Document document = Letterhead.start(pdf, office, messages, today, 54, 10);
            document.add(Letterhead.bold(new Paragraph(messages.get("cases.pdf.confidential")))
                    .setFontColor(Letterhead.ACCENT).setFontSize(9));
            document.add(Letterhead.bold(new Paragraph(title)).setFontSize(14).setFontColor(Letterhead.ACCENT));

            Table facts = new Table(UnitValue.createPercentArray(new float[]{32, 68})).useAllAvailableWidth()
                    .setMarginBottom(12);
            row(facts, messages.get("cases.field.kind"), messages.get(summary.kind().labelKey()));
            row(facts, messages.get("cases.field.status"), messages.get(summary.status().labelKey()));
            row(facts, messages.get("cases.field.organization"), summary.organizationName());
            row(facts, messages.get("cases.field.memberContact"), join(details.memberContactName(),
                    details.memberContactEmail()));
            row(facts, messages.get("cases.field.staffInCharge"), details.staffInCharge());
            row(facts, messages.get("cases.field.receivedOn"), date(details.receivedOn(), day));
            row(facts, messages.get("cases.field.raisedOn"), date(details.raisedOn(), day));
            row(facts, messages.get("cases.field.answeredOn"), date(details.answeredOn(), day));
            row(facts, messages.get("cases.field.closedOn"), date(details.closedOn(), day));
            row(facts, messages.get("cases.field.governmentOffice"), details.governmentOffice());
            row(facts, messages.get("cases.field.governmentReference"), details.governmentReference());
            row(facts, messages.get("cases.field.outcome"), details.outcome() == null ? null
                    : messages.get(details.outcome().labelKey()));
            row(facts, messages.get("cases.field.legalHold"), messages.get(summary.legalHold()
                    ? "cases.pdf.yes" : "cases.pdf.no"));
            document.add(facts);

            heading(document, messages.get("cases.tab.people"));
            Table people = new Table(UnitValue.createPercentArray(new float[]{40, 20, 22, 18})).useAllAvailableWidth()
                    .setMarginBottom(12);
            header(people, messages.get("cases.column.name"), messages.get("cases.column.role"),
                    messages.get("cases.column.country"), messages.get("cases.column.bornOn"));
            for (CasePerson person : file.people()) {
                people.addCell(cell(person.name()));
                people.addCell(cell(messages.get(person.role().labelKey())));
                people.addCell(cell(person.country()));
                people.addCell(cell(date(person.bornOn(), day)));
            }
            document.add(people);

            heading(document, messages.get("cases.tab.log"));
            Table log = new Table(UnitValue.createPercentArray(new float[]{16, 66, 18})).useAllAvailableWidth()
                    .setMarginBottom(12);
            header(log, messages.get("cases.column.date"), messages.get("cases.column.step"),
                    messages.get("cases.column.recordedBy"));
            for (CaseStep step : file.steps()) {
                log.addCell(cell(date(step.occurredOn(), day)));
                log.addCell(cell(step.text()));
                log.addCell(cell(step.recordedBy()));
            }
            document.add(log);

            heading(document, messages.get("cases.tab.documents"));
            Table documents = new Table(UnitValue.createPercentArray(new float[]{40, 14, 46})).useAllAvailableWidth();
            header(documents, messages.get("cases.column.fileName"), messages.get("cases.column.size"),
                    messages.get("cases.column.sha256"));
            for (CaseDocument attached : file.documents()) {
                documents.addCell(cell(attached.fileName()));
                documents.addCell(cell(messages.get("cases.document.size", Math.max(1, attached.sizeBytes() / 1024))));
                documents.addCell(cell(attached.sha256()).setFontSize(7));
            }
            document.add(documents);
            document.close();
        }
    }

    private static void heading(Document document, String text) {
        document.add(Letterhead.bold(new Paragraph(text)).setFontSize(11.5f).setFontColor(Letterhead.ACCENT)
                .setMarginBottom(4));
    }

    private static void row(Table table, String label, String value) {
        table.addCell(cell(label).setFontColor(Letterhead.MUTED));
        table.addCell(cell(value));
    }

    private static void header(Table table, String... headers) {
        for (String header : headers) {
            Cell cell = new Cell().add(Letterhead.bold(new Paragraph(PdfFonts.prepare(header))))
                    .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f))
                    .setBackgroundColor(Letterhead.SHADE).setPadding(4);
            table.addHeaderCell(cell);
        }
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(PdfFonts.prepare(text == null ? "" : text)))
                .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f)).setPadding(4);
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? null : date.format(format);
    }

    private static String join(String name, String email) {
        if (name == null) {
            return email;
        }
        return email == null ? name : name + " <" + email + ">";
    }
}
