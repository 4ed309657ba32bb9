package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.export.ArchivalPdf;
import ca.ccrweb.office.core.export.AtomicFile;
import ca.ccrweb.office.core.export.Letterhead;
import ca.ccrweb.office.core.export.PdfFonts;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.UnitValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The letter that welcomes a member organization's new administrator: the account's user name and its
 * one-time activation code, with how to sign in the first time, in the organization's language.
 */
public final class WelcomeLetter {
    private static final Color ACCENT = Letterhead.ACCENT;
    private static final Color MUTED = Letterhead.MUTED;
    private static final Color CODE_BACKGROUND = Letterhead.SHADE;
    private static final Color BORDER = Letterhead.BORDER;

    private WelcomeLetter() {
    }

    public static void write(IssuedAccount issued, Organization organization, LocalDate date, Path output)
            throws IOException {
        write(issued, organization, OfficeSettings.NONE, date, output);
    }

    /** The letter under the office's letterhead: its logo and address when they are set. */
    public static void write(IssuedAccount issued, Organization organization, OfficeSettings office, LocalDate date,
                             Path output) throws IOException {
        AtomicFile.write(output, out -> render(issued, organization, office, date, out));
    }

    private static void render(IssuedAccount issued, Organization organization, OfficeSettings office,
                               LocalDate date, OutputStream out) {
        Language language = organization.language();
        Messages messages = Messages.of(language);
        Account account = issued.account();
        try (PdfDocument pdf = ArchivalPdf.open(out, language)) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(messages.get("welcome.letter.title"));
            info.setAuthor(messages.get("welcome.letter.council"));
            Document document = Letterhead.start(pdf, office, messages, date, 64, 16);
            document.add(new Paragraph(prepare(organization.name()) + "\n" + address(organization))
                    .setMarginBottom(18));

            document.add(bold(new Paragraph(messages.get("welcome.letter.title"))).setFontSize(14)
                    .setFontColor(ACCENT));
            document.add(new Paragraph(messages.get("welcome.letter.greeting")));
            document.add(new Paragraph(messages.get("welcome.letter.approved", prepare(organization.name()))));
            document.add(new Paragraph(messages.get("welcome.letter.accountCreated")));

            Table credentials = new Table(UnitValue.createPercentArray(new float[]{35, 65}))
                    .useAllAvailableWidth().setMarginTop(6).setMarginBottom(12);
            addCredential(credentials, messages.get("welcome.letter.username"), account.username(), false);
            addCredential(credentials, messages.get("welcome.letter.email"), account.email(), false);
            addCredential(credentials, messages.get("welcome.letter.activationCode"), issued.activationCode(), true);
            document.add(credentials);

            document.add(bold(new Paragraph(messages.get("welcome.letter.firstSignIn"))));
            List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(8);
            steps.add(new ListItem(messages.get("welcome.letter.step1")));
            steps.add(new ListItem(messages.get("welcome.letter.step2")));
            steps.add(new ListItem(messages.get("welcome.letter.step3")));
            document.add(steps);
            document.add(new Paragraph(messages.get("welcome.letter.codeOnce")).setFontColor(MUTED).setFontSize(9.5f));
            document.add(new Paragraph(messages.get("welcome.letter.individualAccounts")));
            document.add(new Paragraph(messages.get("welcome.letter.resources")));
            document.add(new Div().setKeepTogether(true).setMarginTop(12)
                    .add(new Paragraph(messages.get("welcome.letter.closing")))
                    .add(bold(new Paragraph(messages.get("welcome.letter.signature")))));
            document.close();
        }
    }

    private static void addCredential(Table table, String label, String value, boolean emphasized) {
        Cell labelCell = new Cell().add(new Paragraph(label)).setBackgroundColor(CODE_BACKGROUND)
                .setBorder(new SolidBorder(BORDER, 0.5f)).setPadding(6);
        Paragraph valueText = new Paragraph(prepare(value));
        if (emphasized) {
            bold(valueText).setFontSize(16).setCharacterSpacing(1.5f).setFontColor(ACCENT);
        }
        Cell valueCell = new Cell().add(valueText).setBorder(new SolidBorder(BORDER, 0.5f)).setPadding(6);
        table.addCell(labelCell);
        table.addCell(valueCell);
    }

    private static String address(Organization organization) {
        StringJoiner lines = new StringJoiner("\n");
        if (organization.streetAddress() != null) {
            lines.add(prepare(organization.streetAddress()));
        }
        StringJoiner cityLine = new StringJoiner(" ");
        if (organization.city() != null) {
            cityLine.add(prepare(organization.city()));
        }
        cityLine.add(organization.province().name());
        if (organization.postalCode() != null) {
            cityLine.add(" " + organization.postalCode());
        }
        lines.add(cityLine.toString());
        return lines.toString();
    }

    private static Paragraph bold(Paragraph paragraph) {
        return Letterhead.bold(paragraph);
    }

    private static String prepare(String text) {
        return PdfFonts.prepare(text);
    }
}
