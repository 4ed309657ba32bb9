package ca.ccrweb.office.desktop.common;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the pages of a PDF as images with PDFBox: what the preview shows and the printer receives is the very
 * PDF the application wrote, not a second layout of the same content. Call it off the FX thread.
 */
public final class PdfPageImages {
    /** Enough to read the preview on screen. */
    public static final float PREVIEW_DPI = 72;
    /** Sharp text on an office laser printer, without pages of hundreds of megabytes. */
    public static final float PRINT_DPI = 200;

    private PdfPageImages() {
    }

    public static List<PageImage> render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageImage> pages = new ArrayList<>(document.getNumberOfPages());
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                pages.add(new PageImage(image.getWidth(), image.getHeight(), argb));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be drawn", e);
        }
    }
}
