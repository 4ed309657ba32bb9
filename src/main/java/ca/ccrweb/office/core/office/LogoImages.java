package ca.ccrweb.office.core.office;

import ca.ccrweb.office.core.export.PdfFonts;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.kernel.pdf.xobject.PdfXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.styledxmlparser.resolver.resource.IResourceRetriever;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Recognizes the images the office prints: PNG and JPEG, by their first bytes, and readable as images; SVG, by
 * its root element, drawn as vectors by iText's svg module. An SVG is drawn from its own content only: a picture
 * or style sheet it names elsewhere (a file, a web address) is never fetched.
 */
public final class LogoImages {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    private static final IResourceRetriever NOTHING_FETCHED = new IResourceRetriever() {
        @Override
        public InputStream getInputStreamByUrl(URL url) throws IOException {
            throw new IOException("An SVG logo is drawn from its own content only");
        }

        @Override
        public byte[] getByteArrayByUrl(URL url) throws IOException {
            throw new IOException("An SVG logo is drawn from its own content only");
        }
    };

    private LogoImages() {
    }

    /** The media type of PNG, JPEG or SVG bytes, or null for anything else. */
    public static String mediaType(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PNG;
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return JPEG;
        }
        if (isSvg(bytes)) {
            return SVG;
        }
        return null;
    }

    public static boolean isPngOrJpeg(byte[] bytes) {
        String type = mediaType(bytes);
        return PNG.equals(type) || JPEG.equals(type);
    }

    /** True when the bytes decode into a picture with a width and a height (an SVG: iText can draw it). */
    public static boolean readable(byte[] bytes) {
        if (SVG.equals(mediaType(bytes))) {
            try (PdfDocument scratch = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()))) {
                PdfXObject drawing = pdfObject(scratch, bytes);
                return drawing.getWidth() > 0 && drawing.getHeight() > 0;
            } catch (RuntimeException e) {
                return false;
            }
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image != null && image.getWidth() > 0 && image.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The logo as an object of {@code pdf}: the picture itself, or the SVG's drawing in the shipped fonts. */
    public static PdfXObject pdfObject(PdfDocument pdf, byte[] bytes) {
        if (SVG.equals(mediaType(bytes))) {
            SvgConverterProperties properties = new SvgConverterProperties()
                    .setResourceRetriever(NOTHING_FETCHED)
                    .setFontProvider(PdfFonts.load().fontProvider());
            try {
                return SvgConverter.convertToXObject(new ByteArrayInputStream(bytes), pdf, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PdfImageXObject(ImageDataFactory.create(bytes));
    }

    /** The logo as a layout image of {@code pdf}, fitted in a box of the given size, keeping its proportions. */
    public static Image image(PdfDocument pdf, byte[] bytes, float width, float height) {
        PdfXObject drawing = pdfObject(pdf, bytes);
        Image image = drawing instanceof PdfImageXObject picture ? new Image(picture)
                : new Image((PdfFormXObject) drawing);
        image.scaleToFit(width, height);
        return image;
    }

    /** An SVG file: an XML text (after an optional byte-order mark, declaration and comments) whose root is svg. */
    private static boolean isSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "");
        start = start.replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "").strip();
        return start.startsWith("<svg") || start.startsWith("<svg:svg");
    }
}
