package ca.ccrweb.office.core.export;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped fonts of one PDF document for text drawn straight on a canvas, with the same per-character
 * fallback the layout engine's font families give: each character is drawn with the first font of the chain
 * that has it (DejaVu Sans, Noto Sans Ethiopic, Noto Sans Arabic; the bold chain starts with the bold faces).
 * A character no font has is drawn with the first font, as the layout engine does. Text arrives prepared
 * ({@link PdfFonts#prepare}): composed, and Arabic already shaped and in visual order.
 *
 * <p>Fonts are parsed when the document first needs them and embedded as subsets of the glyphs drawn.
 * The choice of font per character is remembered for the Basic Multilingual Plane, because a long report
 * asks the same few hundred characters again and again.
 */
final class CanvasFonts {
    private static final String[] REGULAR_CHAIN = {
        PdfFonts.DEJAVU_SANS_FILE, PdfFonts.NOTO_SANS_ETHIOPIC_FILE, PdfFonts.NOTO_SANS_ARABIC_FILE};
    private static final String[] BOLD_CHAIN = {
        PdfFonts.DEJAVU_SANS_BOLD_FILE, PdfFonts.NOTO_SANS_ETHIOPIC_BOLD_FILE,
        PdfFonts.DEJAVU_SANS_FILE, PdfFonts.NOTO_SANS_ETHIOPIC_FILE, PdfFonts.NOTO_SANS_ARABIC_FILE};
    private static final int BMP = 0x10000;

    private final PdfFonts shipped;
    /** One font object per file, shared by both chains, so a file is embedded once. */
    private final Map<String, PdfFont> loaded = new HashMap<>();
    private final Chain regular = new Chain(REGULAR_CHAIN);
    private final Chain bold = new Chain(BOLD_CHAIN);

    CanvasFonts(PdfFonts shipped) {
        this.shipped = shipped;
    }

    /** How far above the baseline the regular face's tallest letters reach, as a share of the font size. */
    float ascentShare() {
        return regular.font(0).getFontProgram().getFontMetrics().getTypoAscender() / 1000f;
    }

    float width(String text, float size, boolean boldFace) {
        Chain chain = boldFace ? bold : regular;
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += chain.font(chain.indexFor(codePoint)).getWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    /**
     * Shows the text at the canvas's current text position, one run per font. The canvas must be inside a
     * text object; its font is left set to the last run's.
     */
    void show(PdfCanvas canvas, String text, float size, boolean boldFace) {
        Chain chain = boldFace ? bold : regular;
        int runStart = 0;
        int runFont = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int index = chain.indexFor(codePoint);
            if (index != runFont) {
                if (runFont >= 0) {
                    canvas.setFontAndSize(chain.font(runFont), size).showText(text.substring(runStart, i));
                }
                runStart = i;
                runFont = index;
            }
            i += Character.charCount(codePoint);
        }
        if (runFont >= 0) {
            canvas.setFontAndSize(chain.font(runFont), size).showText(text.substring(runStart));
        }
    }

    /**
     * The text broken into lines no wider than the width: at its line breaks, then between words, and a word
     * wider than the line is cut where it must be. Spaces that do not break (as in "1 234,50 $") hold.
     */
    List<String> lines(String text, float maxWidth, float size, boolean boldFace) {
        if (text.indexOf('\n') < 0 && width(text, size, boldFace) <= maxWidth) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            wrap(paragraph, maxWidth, size, boldFace, lines);
        }
        return lines;
    }

    private void wrap(String paragraph, float maxWidth, float size, boolean boldFace, List<String> lines) {
        float spaceWidth = width(" ", size, boldFace);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean firstPiece = true;
            for (String piece : piecesOf(word)) {
                float gap = firstPiece && !line.isEmpty() ? spaceWidth : 0;
                float pieceWidth = width(piece, size, boldFace);
                if (lineWidth + gap + pieceWidth <= maxWidth || line.isEmpty() && pieceWidth <= maxWidth) {
                    if (gap > 0) {
                        line.append(' ');
                    }
                    line.append(piece);
                    lineWidth += gap + pieceWidth;
                } else {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    if (pieceWidth <= maxWidth) {
                        line.append(piece);
                        lineWidth = pieceWidth;
                    } else {
                        lineWidth = cutLongWord(piece, maxWidth, size, boldFace, lines, line);
                    }
                }
                firstPiece = false;
            }
        }
        lines.add(line.toString());
    }

    /** A word cut after each hyphen that has letters on both sides ("Trois-" and "Rivières"): a line may end there. */
    private static List<String> piecesOf(String word) {
        int hyphen = word.indexOf('-', 1);
        if (hyphen < 0 || hyphen == word.length() - 1) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (hyphen > 0 && hyphen < word.length() - 1) {
            pieces.add(word.substring(start, hyphen + 1));
            start = hyphen + 1;
            hyphen = word.indexOf('-', start + 1);
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Adds the full lines a too-long word fills; leaves its last piece in {@code rest} and returns its width. */
    private float cutLongWord(String word, float maxWidth, float size, boolean boldFace, List<String> lines,
                              StringBuilder rest) {
        int start = 0;
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            int length = Character.charCount(codePoint);
            float charWidth = width(word.substring(i, i + length), size, boldFace);
            if (pieceWidth + charWidth > maxWidth && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                pieceWidth = 0;
            }
            pieceWidth += charWidth;
            i += length;
        }
        rest.append(word, start, word.length());
        return pieceWidth;
    }

    private PdfFont font(String file) {
        PdfFont font = loaded.get(file);
        if (font == null) {
            try {
                font = PdfFontFactory.createFont(shipped.program(file), PdfEncodings.IDENTITY_H,
                        EmbeddingStrategy.FORCE_EMBEDDED, false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + file, e);
            }
            loaded.put(file, font);
        }
        return font;
    }

    /** A list of fonts in fallback order, parsed on first use. */
    private final class Chain {
        private final String[] files;
        private final PdfFont[] fonts;
        /** For each BMP character, 1 + the index of the font that draws it; 0 until asked. */
        private final byte[] choice = new byte[BMP];

        Chain(String[] files) {
            this.files = files;
            this.fonts = new PdfFont[files.length];
        }

        int indexFor(int codePoint) {
            if (codePoint < BMP) {
                int known = choice[codePoint];
                if (known == 0) {
                    known = 1 + search(codePoint);
                    choice[codePoint] = (byte) known;
                }
                return known - 1;
            }
            return search(codePoint);
        }

        private int search(int codePoint) {
            for (int index = 0; index < files.length; index++) {
                if (font(index).containsGlyph(codePoint)) {
                    return index;
                }
            }
            return 0;
        }

        PdfFont font(int index) {
            PdfFont font = fonts[index];
            if (font == null) {
                font = CanvasFonts.this.font(files[index]);
                fonts[index] = font;
            }
            return font;
        }
    }
}
