package ca.ccrweb.office.desktop.common;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter an action answers to: a word's first letter when free, a letter one can type, marked once. */
class MnemonicsTest {

    @Test
    void theFirstFreeLetterStartingAWordIsChosenThenAnyLetterOfTheWords() {
        assertThat(Mnemonics.choose("Nouvelle demande", Set.of())).isEqualTo('n');
        assertThat(Mnemonics.choose("Nouvelle demande", Set.of('n'))).isEqualTo('d');
        assertThat(Mnemonics.choose("Nouvelle demande", Set.of('n', 'd'))).isEqualTo('o');
        assertThat(Mnemonics.choose("Écrire la lettre", Set.of('l'))).isEqualTo('c');
        assertThat(Mnemonics.choose("À", Set.of())).isNull();
    }

    @Test
    void theLetterIsMarkedWhereItStartsAWordAndTheWordsOwnUnderscoresStayVisible() {
        assertThat(Mnemonics.mark("Nouvelle demande", 'd')).isEqualTo("Nouvelle _demande");
        assertThat(Mnemonics.mark("Nouvelle demande", 'o')).isEqualTo("N_ouvelle demande");
        assertThat(Mnemonics.mark("Export", null)).isEqualTo("Export");
        assertThat(Mnemonics.mark("fichier_2027", 'f')).isEqualTo("_fichier__2027");
        assertThat(Mnemonics.fixedLetter("Nouvelle _demande")).isEqualTo('d');
    }
}
