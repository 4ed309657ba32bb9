package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Localizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CollatedTextTest {
    @Test
    void textsSortInTheLanguageOrderWithAccentsAndCaseBesideTheirLetterAndEmptyCellsLast() {
        Localizer localizer = new Localizer(Language.FR);
        List<String> texts = new ArrayList<>(Arrays.asList("Zoë", null, "eric", "Élodie", "emma", "Éric"));

        texts.sort(new CollatedText(localizer));

        assertThat(texts).containsExactly("Élodie", "emma", "eric", "Éric", "Zoë", null);
    }
}
