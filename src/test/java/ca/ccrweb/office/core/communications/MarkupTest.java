package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.communications.Markup.Bullets;
import ca.ccrweb.office.core.communications.Markup.Paragraph;
import ca.ccrweb.office.core.communications.Markup.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

    @Test
    void boldItalicsAndLinksBecomeStyledSpans() {
        List<Span> spans = Markup.inline("Le **Fonds** aide les *réfugiés* : [ccrweb.ca](https://ccrweb.ca).");

        assertThat(spans).containsExactly(
                new Span("Le ", false, false, null),
                new Span("Fonds", true, false, null),
                new Span(" aide les ", false, false, null),
                new Span("réfugiés", false, true, null),
                new Span(" : ", false, false, null),
                new Span("ccrweb.ca", false, false, "https://ccrweb.ca"),
                new Span(".", false, false, null));
    }

    @Test
    void stylesNestAndLinkTextKeepsItsStyle() {
        assertThat(Markup.inline("*très **important** ici*")).containsExactly(
                new Span("très ", false, true, null),
                new Span("important", true, true, null),
                new Span(" ici", false, true, null));
        assertThat(Markup.inline("[**Agir**](ccrweb.ca/agir)")).containsExactly(
                new Span("Agir", true, false, "ccrweb.ca/agir"));
    }

    @Test
    void markersNeverClosedPrintAsTypedAndBackslashEscapes() {
        assertThat(Markup.inline("5 * 3 = 15, **pas fermé, [lien](sans fin"))
                .containsExactly(new Span("5 * 3 = 15, **pas fermé, [lien](sans fin", false, false, null));
        assertThat(Markup.inline("\\*pas en italique\\*")).containsExactly(
                new Span("*pas en italique*", false, false, null));
        assertThat(Markup.inline("[texte](une adresse avec espaces)")).containsExactly(
                new Span("[texte](une adresse avec espaces)", false, false, null));
    }

    @Test
    void blankLinesSeparateParagraphsAndDashLinesMakeBulletLists() {
        var blocks = Markup.parse("""
                Première ligne
                suite du paragraphe.

                Comment agir :
                - écrire au **ministre** ;
                - rencontrer votre député·e.
                Après la liste.""");

        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0)).isEqualTo(new Paragraph(List.of(
                new Span("Première ligne suite du paragraphe.", false, false, null))));
        assertThat(blocks.get(2)).isInstanceOf(Bullets.class);
        Bullets bullets = (Bullets) blocks.get(2);
        assertThat(bullets.items()).hasSize(2);
        assertThat(bullets.items().get(0)).containsExactly(new Span("écrire au ", false, false, null),
                new Span("ministre", true, false, null), new Span(" ;", false, false, null));
        assertThat(blocks.get(3)).isEqualTo(new Paragraph(List.of(new Span("Après la liste.", false, false, null))));
    }

    @Test
    void plainTextDropsTheMarkers() {
        assertThat(Markup.plainText("Le **CCR** *agit*.\n\n- un\n- [deux](x.ca)"))
                .isEqualTo("Le CCR agit.\n• un\n• deux");
        assertThat(Markup.parse(null)).isEmpty();
        assertThat(Markup.parse("\n\n  \n")).isEmpty();
    }
}
