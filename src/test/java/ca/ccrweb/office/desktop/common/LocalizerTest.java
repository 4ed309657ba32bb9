package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizerTest {
    @Test
    void textsFollowTheLanguageWhenItIsSwitched() {
        Localizer localizer = new Localizer(Language.EN);
        StringBinding title = localizer.text("app.title");
        StringBinding button = localizer.text("applications.action.approve");
        assertThat(title.get()).isEqualTo("CCR Office");
        assertThat(button.get()).isEqualTo("Approve application");

        localizer.setLanguage(Language.FR);

        assertThat(title.get()).isEqualTo("CCR Bureau");
        assertThat(button.get()).isEqualTo("Approuver la demande");
    }

    @Test
    void labelledArgumentsAreTranslatedToo() {
        Localizer localizer = new Localizer(Language.FR);

        assertThat(localizer.get("organizations.notify.moved", "Maison", MembershipStatus.SUSPENDED))
                .isEqualTo("Adhésion de Maison\u00A0: Suspendue.");
    }

    @Test
    void pluralsFollowEachLanguagesRule() {
        Localizer localizer = new Localizer(Language.EN);
        assertThat(localizer.plural("applications.count", 0, 0)).isEqualTo("0 pending applications");
        assertThat(localizer.plural("applications.count", 1, 1)).isEqualTo("1 pending application");

        localizer.setLanguage(Language.FR);
        assertThat(localizer.plural("applications.count", 0, 0)).isEqualTo("0 demande en attente");
        assertThat(localizer.plural("applications.count", 2, 2)).isEqualTo("2 demandes en attente");
    }
}
