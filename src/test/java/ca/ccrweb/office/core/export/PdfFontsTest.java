package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void leftToRightTextIsLeftAsItIs() {
        String text = "Société d’accueil — Nguyễn Thị Hương — ተስፋዬ — Олена";
        assertThat(PdfFonts.prepare(text)).isSameAs(text);
    }

    @Test
    void decomposedAccentsAreComposedIntoSingleLetters() {
        String decomposed = Normalizer.normalize(Samples.VIETNAMESE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(Samples.VIETNAMESE);
        assertThat(PdfFonts.prepare(decomposed)).isEqualTo(Samples.VIETNAMESE);
    }

    @Test
    void arabicLettersAreJoinedIntoTheirContextualForms() {
        String prepared = PdfFonts.prepare(Samples.ARABIC);
        assertThat(prepared.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF)).isEmpty();
        assertThat(prepared.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF)).isNotEmpty();
    }

    @Test
    void arabicIsPutInVisualOrder() {
        String prepared = PdfFonts.prepare(Samples.ARABIC);
        String backToLogical = new StringBuilder(prepared).reverse().toString();
        assertThat(Normalizer.normalize(backToLogical, Normalizer.Form.NFKC)).isEqualTo(Samples.ARABIC);
    }

    @Test
    void hebrewIsReversedWithoutShaping() {
        String shalom = "שלום";
        assertThat(PdfFonts.prepare(shalom)).isEqualTo("םולש");
    }

    @Test
    void latinInsideArabicKeepsItsOwnOrder() {
        String prepared = PdfFonts.prepare("مركز CCR");
        assertThat(prepared).contains("CCR");
    }

    @Test
    void nothingToPrepareInEmptyText() {
        assertThat(PdfFonts.prepare("")).isEmpty();
        assertThat(PdfFonts.prepare(null)).isNull();
    }

    @Test
    void fallbackOrderIsLatinThenEthiopicThenArabic() {
        assertThat(PdfFonts.load().families())
                .containsExactly(PdfFonts.DEJAVU_SANS, PdfFonts.NOTO_SANS_ETHIOPIC, PdfFonts.NOTO_SANS_ARABIC);
    }

    @Test
    void fontsAreReadOnceAndEachProviderHasAllFive() {
        assertThat(PdfFonts.load()).isSameAs(PdfFonts.load());
        var first = PdfFonts.load().fontProvider();
        var second = PdfFonts.load().fontProvider();
        assertThat(first).isNotSameAs(second);
        assertThat(first.getFontSet().size()).isEqualTo(5);
    }
}
