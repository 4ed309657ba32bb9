package ca.ccrweb.office.core.directory;

import ca.ccrweb.office.core.common.Labelled;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Region;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The directory as a table (xlsx, CSV) and as a printed directory (PDF): organizations grouped by region, each
 * with its contacts, services, clientele and language, in the language of {@code messages}.
 */
public final class DirectoryExport {
    private DirectoryExport() {
    }

    public static TableExport<Organization> table(List<Organization> organizations, Messages messages) {
        List<Column<Organization>> columns = List.of(
                Column.text(messages.get("field.name"), 34, Organization::name),
                Column.text(messages.get("field.nameOtherLanguage"), 28, Organization::nameOtherLanguage),
                Column.text(messages.get("export.organizations.region"), 14, o -> messages.get(o.region().labelKey())),
                Column.text(messages.get("field.province"), 18, o -> messages.get(o.province().labelKey())),
                Column.text(messages.get("field.city"), 14, Organization::city),
                Column.text(messages.get("field.streetAddress"), 24, Organization::streetAddress),
                Column.text(messages.get("field.postalCode"), 9, Organization::postalCode),
                Column.text(messages.get("field.email"), 28, Organization::email),
                Column.text(messages.get("field.phone"), 14, Organization::phone),
                Column.text(messages.get("field.website"), 24, Organization::website),
                Column.text(messages.get("field.language"), 10, o -> messages.get(o.language().labelKey())),
                Column.text(messages.get("export.organizations.services"), 30, o -> labels(o.services(), messages)),
                Column.text(messages.get("export.organizations.clientele"), 30, o -> labels(o.clienteles(), messages)));
        return new TableExport<>(messages.get("directory.export.title"), columns, organizations, messages.language());
    }

    /** The printed directory: a heading per region, the organizations of each by name. */
    public static void print(List<Organization> organizations, Messages messages, LocalDate date, Path output)
            throws IOException {
        AtomicFile.write(output, out -> {
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
                pdf.getDocumentInfo().setTitle(messages.get("directory.export.title"));
                Document document = new Document(pdf, PageSize.LETTER);
                document.setMargins(40, 48, 40, 48);
                PdfFonts.load().applyTo(document);
                document.setFontSize(9.5f);
                document.add(Letterhead.bold(new Paragraph(messages.get("directory.export.title"))).setFontSize(18)
                        .setFontColor(Letterhead.ACCENT).setMarginBottom(0));
                document.add(new Paragraph(messages.get("directory.print.subtitle", organizations.size(),
                        date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()))))
                        .setFontColor(Letterhead.MUTED).setBorderBottom(new SolidBorder(Letterhead.ACCENT, 1.2f))
                        .setPaddingBottom(6).setMarginBottom(8));
                for (Region region : Region.values()) {
                    List<Organization> ofRegion = organizations.stream().filter(o -> o.region() == region).toList();
                    if (ofRegion.isEmpty()) {
                        continue;
                    }
                    document.add(Letterhead.bold(new Paragraph(messages.get(region.labelKey()) + " (" + ofRegion.size()
                            + ")")).setFontSize(13).setFontColor(Letterhead.ACCENT).setMarginTop(10)
                            .setBackgroundColor(Letterhead.SHADE).setPadding(3));
                    for (Organization organization : ofRegion) {
                        document.add(entry(organization, messages));
                    }
                }
                if (organizations.isEmpty()) {
                    document.add(new Paragraph(messages.get("directory.print.none")));
                }
                document.close();
            }
        });
    }

    private static Div entry(Organization organization, Messages messages) {
        Div entry = new Div().setKeepTogether(true).setMarginTop(6).setPaddingBottom(4)
                .setBorderBottom(new SolidBorder(Letterhead.BORDER, 0.5f));
        String name = organization.nameOtherLanguage() == null ? organization.name()
                : organization.name() + " — " + organization.nameOtherLanguage();
        entry.add(Letterhead.bold(new Paragraph(PdfFonts.prepare(name))).setFontSize(11).setMargin(0));
        StringJoiner address = new StringJoiner(", ");
        for (String part : new String[]{organization.streetAddress(), organization.city(),
                messages.get(organization.province().labelKey()), organization.postalCode()}) {
            if (part != null) {
                address.add(part);
            }
        }
        entry.add(new Paragraph(PdfFonts.prepare(address.toString())).setMargin(0));
        StringJoiner reach = new StringJoiner("  ·  ");
        for (String part : new String[]{organization.email(), organization.phone(), organization.website()}) {
            if (part != null) {
                reach.add(part);
            }
        }
        entry.add(new Paragraph(reach.toString()).setMargin(0).setFontColor(Letterhead.MUTED));
        entry.add(new Paragraph(messages.get("directory.print.services", labels(organization.services(), messages)))
                .setMargin(0));
        entry.add(new Paragraph(messages.get("directory.print.clientele", labels(organization.clienteles(), messages)))
                .setMargin(0));
        entry.add(new Paragraph(messages.get("directory.print.language", messages.get(organization.language().labelKey())))
                .setMargin(0));
        return entry;
    }

    private static String labels(Collection<? extends Labelled> values, Messages messages) {
        return values.stream().map(value -> messages.get(value.labelKey())).sorted()
                .collect(Collectors.joining("; "));
    }
}
