package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.common.Localizer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountStatusTextTest {
    private static Account administrator(AccountStatus status, boolean activationPending, boolean byMembership) {
        return new Account(1, 2, "Welcome Place", AccountKind.ADMINISTRATOR, null, null, "info@welcomeplace.example",
                "welcomeplace", status, byMembership, activationPending, Instant.parse("2026-12-01T12:00:00Z"),
                Instant.parse("2026-12-01T12:00:00Z"), 0);
    }

    @Test
    void anAccountWhoseCodeWasNeverUsedIsAwaitingActivationNotActive() {
        Localizer french = new Localizer(Language.FR);
        Localizer english = new Localizer(Language.EN);
        assertThat(AccountCells.statusText(french, administrator(AccountStatus.ACTIVE, true, false)))
                .isEqualTo("En attente d’activation");
        assertThat(AccountCells.statusText(english, administrator(AccountStatus.ACTIVE, true, false)))
                .isEqualTo("Awaiting activation");
        assertThat(AccountCells.statusText(english, administrator(AccountStatus.ACTIVE, false, false)))
                .isEqualTo(english.label(AccountStatus.ACTIVE));
        assertThat(AccountCells.statusText(english, administrator(AccountStatus.DISABLED, true, true)))
                .isEqualTo(english.get("accounts.status.disabledByMembership"));
    }
}
