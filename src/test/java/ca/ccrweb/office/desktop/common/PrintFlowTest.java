package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdateRenderer;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.l10n.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the printer would receive: the pages drawn from the PDF, page 1 alone when asked, each fitted to the sheet. */
class PrintFlowTest {
    private static final byte[] UPDATE = QuarterlyUpdateRenderer.render(DemoUpdates.typical(new Quarter(2026, 4),
            Language.FR, LocalDate.of(2026, 12, 1)), false).pdf();

    @Test
    void thePagesAreDrawnAtTheResolutionAskedWithTheirInk() {
        List<PageImage> pages = PdfPageImages.render(UPDATE, 100);

        assertThat(pages).hasSize(2);
        assertThat(pages.getFirst().width()).isBetween(849, 850);
        assertThat(pages.getFirst().height()).isBetween(1099, 1100);
        long inked = java.util.Arrays.stream(pages.getFirst().argb()).filter(pixel -> (pixel & 0xFFFFFF) != 0xFFFFFF)
                .count();
        assertThat(inked).isGreaterThan(10_000);
    }

    @Test
    void pageOneAloneGoesToThePrinterWhenAsked() {
        List<PageImage> pages = PdfPageImages.render(UPDATE, 30);

        assertThat(PrintFlow.pagesToPrint(pages, true)).containsExactly(pages.getFirst());
        assertThat(PrintFlow.pagesToPrint(pages, false)).isEqualTo(pages);
    }

    @Test
    void aPageIsScaledIntoThePrintableAreaKeepingItsProportions() {
        PageImage letter = new PageImage(1700, 2200, new int[0]);

        double[] onA4 = PrintFlow.fit(letter, 560, 800);
        double[] onLetter = PrintFlow.fit(letter, 576, 756);

        assertThat(onA4[0]).isEqualTo(560);
        assertThat(onA4[1]).isCloseTo(724.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(onLetter[0]).isEqualTo(576);
        assertThat(onLetter[0] / onLetter[1]).isCloseTo(1700.0 / 2200, org.assertj.core.data.Offset.offset(1e-9));
    }
}
