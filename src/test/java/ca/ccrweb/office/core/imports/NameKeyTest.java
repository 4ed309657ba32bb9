package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's one-pass name key gives the contacts' name key (the stored column) for every kind of name. */
class NameKeyTest {
    private static String contactsNameKey(String name) {
        return Texts.searchKey(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void theImportsNameKeyIsTheContactsNameKey() {
        List<String> names = List.of("Jean-François Côté", "  Marie-Ève   Tremblay ", "Nguyễn Thị Hoa",
                "Tesfay Gebremariam 42", "أمينة حداد", "ተስፋይ ገብረማርያም", "Comité d’aide aux réfugiés (CAR)",
                "İsmail Öztürk", "Straße Ⅻ ½", "ΟΔΥΣΣΕΑΣ", "O'Brien, Seán", "", "---", "ＡＢＣ１２３", "e\u0301cole",
                "Amina Haddad 99999", "\t\nNom\u00A0avec\u2009espaces");

        for (String name : names) {
            assertThat(KindImport.nameKey(name)).as(name).isEqualTo(contactsNameKey(name));
        }
    }
}
