package ca.ccrweb.office.core.export;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.RootElement;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Unicode fonts every PDF of the office embeds, and the text preparation iText needs for right-to-left
 * scripts. The font files are read once from the classpath; each PDF gets its own {@link FontProvider}
 * over them (a provider caches fonts bound to one document) and embeds only the glyphs it uses.
 *
 * <p>Text goes through {@link #prepare(String)} before it is handed to iText, and elements use
 * {@link #families()} as their font family list so each character falls back to the first font that has it:
 * DejaVu Sans (Latin, Vietnamese, Cyrillic, Greek, Hebrew, Arabic), then Noto Sans Ethiopic, then Noto Sans
 * Arabic.
 */
public final class PdfFonts {
    public static final String DEJAVU_SANS = "DejaVu Sans";
    public static final String NOTO_SANS_ETHIOPIC = "Noto Sans Ethiopic";
    public static final String NOTO_SANS_ARABIC = "Noto Sans Arabic";

    private static final String FOLDER = "/ca/ccrweb/office/fonts/";
    static final String DEJAVU_SANS_FILE = "DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD_FILE = "DejaVuSans-Bold.ttf";
    static final String NOTO_SANS_ETHIOPIC_FILE = "NotoSansEthiopic-Regular.ttf";
    static final String NOTO_SANS_ETHIOPIC_BOLD_FILE = "NotoSansEthiopic-Bold.ttf";
    static final String NOTO_SANS_ARABIC_FILE = "NotoSansArabic-Regular.ttf";
    private static final List<String> FILES = List.of(
            DEJAVU_SANS_FILE,
            DEJAVU_SANS_BOLD_FILE,
            NOTO_SANS_ETHIOPIC_FILE,
            NOTO_SANS_ETHIOPIC_BOLD_FILE,
            NOTO_SANS_ARABIC_FILE);
    private static final String[] FAMILIES = {DEJAVU_SANS, NOTO_SANS_ETHIOPIC, NOTO_SANS_ARABIC};

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static volatile PdfFonts loaded;

    /** Described once; their font programs are parsed per document, when a document first uses them. */
    private final List<FontInfo> fonts;
    /** The font files' bytes by file name, for writers that draw on a canvas without the layout engine. */
    private final Map<String, byte[]> programs;

    /** Joins Arabic-script letters into the forms one of the regular fonts can draw. */
    private final ArabicScriptShaper shaper;

    private PdfFonts(List<FontInfo> fonts, Map<String, byte[]> programs) {
        this.fonts = fonts;
        this.programs = programs;
        List<FontProgram> regular = List.of(parse(programs.get(DEJAVU_SANS_FILE)),
                parse(programs.get(NOTO_SANS_ARABIC_FILE)));
        this.shaper = new ArabicScriptShaper(
                form -> regular.stream().anyMatch(font -> font.getGlyph(form) != null));
    }

    private static FontProgram parse(byte[] program) {
        try {
            return FontProgramFactory.createFont(program, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a shipped font", e);
        }
    }

    /** The fonts, read from the classpath on first use. */
    public static PdfFonts load() {
        PdfFonts fonts = loaded;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = loaded;
                if (fonts == null) {
                    fonts = readFromClasspath();
                    loaded = fonts;
                }
            }
        }
        return fonts;
    }

    private static PdfFonts readFromClasspath() {
        FontSet described = new FontSet();
        Map<String, byte[]> programs = new LinkedHashMap<>();
        for (String file : FILES) {
            byte[] program = readResource(FOLDER + file);
            programs.put(file, program);
            described.addFont(program, PdfEncodings.IDENTITY_H);
        }
        return new PdfFonts(List.copyOf(described.getFonts()), Map.copyOf(programs));
    }

    private static byte[] readResource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }

    /**
     * A provider for one PDF document. Its fonts are embedded as subsets. It parses its own font programs
     * instead of sharing iText's global cache, so documents written on different threads share no state.
     */
    public FontProvider fontProvider() {
        FontSet set = new FontSet();
        fonts.forEach(set::addFont);
        return new FontProvider(set, DEJAVU_SANS) {
            @Override
            public boolean getDefaultCacheFlag() {
                return false;
            }
        };
    }

    /** The bytes of one of the shipped font files (one of the {@code *_FILE} names); never to be modified. */
    byte[] program(String file) {
        byte[] program = programs.get(file);
        if (program == null) {
            throw new IllegalArgumentException("Not a shipped font: " + file);
        }
        return program;
    }

    /** The font family list to give {@code setFontFamily}, in fallback order. */
    public String[] families() {
        return FAMILIES.clone();
    }

    /** Gives the document a fresh provider and the family list; returns the provider. */
    public FontProvider applyTo(Document document) {
        FontProvider provider = fontProvider();
        applyTo(document, provider);
        return provider;
    }

    /**
     * Sets the provider and the family list on a document, or on a canvas drawing on one of its pages (give
     * it the document's provider: the glyphs then share the document's embedded font subsets). The text
     * arrives prepared ({@link #prepare}), so the script is declared common: iText then skips its per-text
     * script detection, which costs time and only leads to a warning that pdfCalligraph is missing.
     */
    public void applyTo(RootElement<?> element, FontProvider provider) {
        element.setFontProvider(provider);
        element.setFontFamily(FAMILIES);
        element.setFontScript(Character.UnicodeScript.COMMON);
    }

    /**
     * The text as iText must receive it to draw it right: composed (NFC), so accents are single glyphs; and,
     * when it holds right-to-left characters, Arabic-script letters joined into their contextual forms and the
     * whole put in visual (left-to-right drawing) order. iText's own shaping is a commercial add-on, so ICU's
     * character data and {@link ArabicScriptShaper} do it. Other text is returned as is. For one line only:
     * text that wraps goes through {@link #shapeLogical} before wrapping and {@link #visualLine} after.
     */
    public static String prepare(String text) {
        String shaped = shapeLogical(text);
        if (shaped == null || !hasRightToLeft(shaped)) {
            return shaped;
        }
        return visualLine(shaped, isRightToLeft(shaped));
    }

    /** The text composed and its Arabic-script letters joined, still in logical order, ready to be wrapped. */
    static String shapeLogical(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String composed = NFC.isNormalized(text) ? text : NFC.normalize(text);
        return hasRightToLeft(composed) ? load().shaper.shape(composed) : composed;
    }

    /** Whether a paragraph reads from the right: its first strong character is right-to-left. */
    static boolean isRightToLeft(String text) {
        return hasRightToLeft(text) && Bidi.getBaseDirection(text) == Bidi.RTL;
    }

    /**
     * One line of a wrapped paragraph in drawing order, reordered on its own so the lines of a wrapped
     * right-to-left text keep their order from top to bottom.
     */
    static String visualLine(String line, boolean rightToLeftParagraph) {
        if (!hasRightToLeft(line)) {
            return line;
        }
        return new Bidi(line, rightToLeftParagraph ? Bidi.RTL : Bidi.LTR)
                .writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && isRightToLeftClass(Character.getDirectionality(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRightToLeftClass(byte directionality) {
        return directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }
}
