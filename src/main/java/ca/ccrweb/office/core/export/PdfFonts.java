package ca.ccrweb.office.core.export;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
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
    private static final ArabicShaping ARABIC_SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private static volatile PdfFonts loaded;

    /** Described once; their font programs are parsed per document, when a document first uses them. */
    private final List<FontInfo> fonts;
    /** The font files' bytes by file name, for writers that draw on a canvas without the layout engine. */
    private final Map<String, byte[]> programs;

    private PdfFonts(List<FontInfo> fonts, Map<String, byte[]> programs) {
        this.fonts = fonts;
        this.programs = programs;
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
     * when it holds right-to-left characters, Arabic letters joined into their contextual forms and the whole
     * put in visual (left-to-right drawing) order. iText's own shaping is a commercial add-on, so ICU does
     * both. Other text is returned as is. A right-to-left text that wraps over several lines breaks from its
     * visual left, so keep such texts short (names, titles).
     */
    public static String prepare(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String composed = NFC.isNormalized(text) ? text : NFC.normalize(text);
        if (!hasRightToLeft(composed)) {
            return composed;
        }
        try {
            String shaped = ARABIC_SHAPING.shape(composed);
            return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("Cannot shape Arabic text: " + text, e);
        }
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && isRightToLeft(Character.getDirectionality(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRightToLeft(byte directionality) {
        return directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }
}
