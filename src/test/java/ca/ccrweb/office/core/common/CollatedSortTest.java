package ca.ccrweb.office.core.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class CollatedSortTest {
    @Test
    void accentedAndCapitalizedNamesSortWhereAReaderExpectsThem() {
        List<String> names = List.of("Zoë", "élodie", "Émile", "eric", "Ève", "Amina", "zach");

        assertThat(CollatedSort.sorted(names, Function.identity(), Locale.CANADA_FRENCH, false))
                .containsExactly("Amina", "élodie", "Émile", "eric", "Ève", "zach", "Zoë");
        assertThat(CollatedSort.sorted(names, Function.identity(), Locale.CANADA_FRENCH, true).getFirst())
                .isEqualTo("Zoë");
    }

    @Test
    void lettersBeyondTheFrenchAlphabetSortBesideTheirBaseLetterNotAfterZ() {
        List<String> names = List.of("Zoë", "Şükrü", "Ĳsbrand", "Đặng", "Dana", "Eve", "Ivan", "Jules", "Sam", "Tom");

        for (Locale locale : List.of(Locale.CANADA_FRENCH, Locale.CANADA)) {
            assertThat(CollatedSort.sorted(names, Function.identity(), locale, false))
                    .containsExactly("Dana", "Đặng", "Eve", "Ĳsbrand", "Ivan", "Jules", "Sam", "Şükrü", "Tom", "Zoë");
        }
    }
}
