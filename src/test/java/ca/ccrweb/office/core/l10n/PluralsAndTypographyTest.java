package ca.ccrweb.office.core.l10n;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsAndTypographyTest {
    private static final Messages FRENCH = Messages.of(Language.FR);
    private static final Messages ENGLISH = Messages.of(Language.EN);

    @Test
    void aCountAgreesWithItsNounByEachLanguagesRules() {
        assertThat(FRENCH.plural("organizations.count", 42, 1, 42)).isEqualTo("1 organisme sur 42");
        assertThat(FRENCH.plural("organizations.count", 42, 2, 42)).isEqualTo("2 organismes sur 42");
        assertThat(ENGLISH.plural("organizations.count", 42, 1, 42)).isEqualTo("1 of 42 organizations");
        assertThat(FRENCH.plural("attendance.count", 0, 0)).isEqualTo("0 participant");
        assertThat(ENGLISH.plural("attendance.count", 0, 0)).isEqualTo("0 participants");
        assertThat(ENGLISH.plural("attendance.count", 1, 1)).isEqualTo("1 participant");
    }

    @Test
    void theQuarterlyFiguresAndTheCommandLineCountAgreeToo() {
        assertThat(FRENCH.plural("quarterly.figure.membersApproved", 1))
                .isEqualTo("nouvel organisme membre approuvé");
        assertThat(FRENCH.plural("quarterly.figure.membersApproved", 3))
                .isEqualTo("nouveaux organismes membres approuvés");
        assertThat(FRENCH.get("cli.export.done.fund-awards", 1, "aides.xlsx"))
                .isEqualTo("1 aide du fonds exportée vers aides.xlsx");
        assertThat(FRENCH.get("cli.export.done.fund-awards", 1200, "aides.xlsx"))
                .matches("1[\u00A0\u202F]200 aides du fonds exportées vers aides.xlsx");
        assertThat(ENGLISH.get("cli.export.done.registrations", 1, "r.csv")).isEqualTo("Exported 1 registration to r.csv");
    }

    @Test
    void frenchPutsANonBreakingSpaceBeforeItsHighSignsAndInsideGuillemets() {
        assertThat(Messages.frenchTypography("Supprimer ? Oui ; non : « ceci » !"))
                .isEqualTo("Supprimer\u00A0? Oui\u00A0; non\u00A0: «\u00A0ceci\u00A0»\u00A0!");
        Pattern plainSpaceBeforeSign = Pattern.compile(" [?!:;]|« | »");
        List<String> offending = Collections.list(FRENCH.bundle().getKeys()).stream()
                .filter(key -> plainSpaceBeforeSign.matcher(FRENCH.get(key)).find()).sorted().toList();
        assertThat(offending).isEmpty();
    }

    @Test
    void theViewOnlyRoleReadsAsReadOnlyInFrench() {
        assertThat(FRENCH.get("role.VIEWER")).isEqualTo("Lecture seule");
    }
}
