package ca.ccrweb.office.core.export;

import ca.ccrweb.office.core.l10n.Language;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * A PDF/A-2u document for what the office sends and keeps (letters, the quarterly update): fonts embedded,
 * every character mapped to Unicode, an sRGB output intent. iText refuses, while writing, anything PDF/A forbids.
 * The sRGB profile is the JDK's own, so no colour profile file is shipped.
 */
public final class ArchivalPdf {
    private ArchivalPdf() {
    }

    public static PdfADocument open(OutputStream out, Language language) {
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgb));
        PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2U, intent);
        pdf.getCatalog().setLang(new PdfString(language.locale().toLanguageTag()));
        return pdf;
    }
}
