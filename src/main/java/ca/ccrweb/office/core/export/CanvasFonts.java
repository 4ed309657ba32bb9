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
 * A character no font has is drawn with the first font, as the layout engine does. Text arrives composed and
 * shaped ({@link PdfFonts#shapeLogical}) and is wrapped in reading order; each line is then put in drawing
 * order ({@link PdfFonts#visualLine}), so the lines of a wrapped right-to-left text stay in order.
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
    /** A word cut with a hyphen leaves at least this many letters on its last line ("Territo-" "ries"). */
    private static final int MIN_PIECE = 3;

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
            List<String> pieces = piecesOf(word);
            for (String piece : pieces) {
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
        if (isNumber(word)) {
            return List.of(word);
        }
        if (word.codePointCount(0, word.length()) >= ColumnLayout.LONG_WORD) {
            return softPiecesOf(word);
        }
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

    /**
     * Adds the full lines a word wider than the line fills; leaves its last piece in {@code rest} and returns
     * its width. An address is cut where a reader expects it (before "@" when the rest then fits, else after
     * ".", "/", "_" or "-"); any other word where it must, with a hyphen.
     */
    private float cutLongWord(String word, float maxWidth, float size, boolean boldFace, List<String> lines,
                              StringBuilder rest) {
        float hyphenWidth = width("-", size, boldFace);
        int start = 0;
        while (width(word.substring(start), size, boldFace) > maxWidth) {
            int fitting = start;
            int soft = -1;
            float used = 0;
            for (int i = start; i < word.length(); ) {
                int codePoint = word.codePointAt(i);
                int length = Character.charCount(codePoint);
                if (codePoint == '@' && i > start) {
                    soft = i;
                }
                float charWidth = width(word.substring(i, i + length), size, boldFace);
                if (used + charWidth > maxWidth && i > start) {
                    break;
                }
                used += charWidth;
                i += length;
                fitting = i;
                if ((codePoint == '.' || codePoint == '/' || codePoint == '_' || codePoint == '-')
                        && i < word.length()) {
                    soft = i;
                }
            }
            int at = word.indexOf('@', start + 1);
            if (at > start && at < soft && width(word.substring(start, at), size, boldFace) <= maxWidth
                    && width(word.substring(at), size, boldFace) <= maxWidth) {
                soft = at;
            }
            if (soft > start) {
                lines.add(word.substring(start, soft));
                start = soft;
                continue;
            }
            int cut = fitting;
            while (cut > start + 1 && width(word.substring(start, cut), size, boldFace) + hyphenWidth > maxWidth) {
                cut = word.offsetByCodePoints(cut, -1);
            }
            int lastLetters = word.codePointCount(cut, word.length());
            if (lastLetters < MIN_PIECE && word.codePointCount(start, cut) > MIN_PIECE + lastLetters) {
                cut = word.offsetByCodePoints(cut, lastLetters - MIN_PIECE);
            }
            lines.add(word.substring(start, cut) + "-");
            start = cut;
        }
        rest.append(word, start, word.length());
        return width(word.substring(start), size, boldFace);
    }

    /**
     * The widths of a text's pieces between break opportunities, as {@link ColumnLayout#lines} reads them: a
     * piece after a hyphen negative. Also reports the text's widest line and its widest word shorter than
     * {@link ColumnLayout#LONG_WORD} characters and its widest word of at most {@link ColumnLayout#SHORT_WORD}
     * letters into {@code widest} ([0], [1] and [2]; the latter two only ever grow).
     */
    float[] pieces(String text, float size, boolean boldFace, float[] widest) {
        List<Float> pieces = new ArrayList<>();
        float spaceWidth = width(" ", size, boldFace);
        for (String paragraph : text.split("\\r?\\n", -1)) {
            float line = 0;
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                int letters = word.codePointCount(0, word.length());
                boolean first = true;
                float wordWidth = 0;
                for (String piece : piecesOf(word)) {
                    float pieceWidth = width(piece, size, boldFace);
                    pieces.add(first ? pieceWidth : -pieceWidth);
                    wordWidth += pieceWidth;
                    if (letters < ColumnLayout.LONG_WORD) {
                        widest[1] = Math.max(widest[1], pieceWidth);
                    }
                    if (letters <= ColumnLayout.SHORT_WORD) {
                        widest[2] = Math.max(widest[2], pieceWidth);
                    }
                    first = false;
                }
                line += (line > 0 ? spaceWidth : 0) + wordWidth;
                widest[0] = Math.max(widest[0], line);
            }
        }
        float[] widths = new float[pieces.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = pieces.get(i);
        }
        return widths;
    }

    /** Part of a phone number or an amount ("555-0120"): not cut at its hyphen. */
    private static boolean isNumber(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (" ()+-.,$\u00A0\u202F".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** A long word (an address) in the pieces {@link #cutLongWord} may cut it into: before "@", after "." "/" "_". */
    private static List<String> softPiecesOf(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            char before = word.charAt(i - 1);
            if (c == '@' || before == '.' || before == '/' || before == '_' || before == '-') {
                pieces.add(word.substring(start, i));
                start = i;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
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
