package ca.ccrweb.office.core.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {
    private final Passwords passwords = new Passwords();

    @Test
    void theDecoyCostsWhatARealPasswordCostsAndMatchesNoTypedPassword() {
        assertThat(passwords.needsRehash(Passwords.DECOY_HASH)).isFalse();
        assertThat(passwords.matches("", Passwords.DECOY_HASH)).isFalse();
        assertThat(passwords.matches("correct horse battery staple", Passwords.DECOY_HASH)).isFalse();
    }

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String stored = passwords.hash("Refuge-2026!");

        assertThat(passwords.matches("Refuge-2026!", stored)).isTrue();
        assertThat(passwords.matches("refuge-2026!", stored)).isFalse();
        assertThat(passwords.needsRehash(stored)).isFalse();
    }
}
