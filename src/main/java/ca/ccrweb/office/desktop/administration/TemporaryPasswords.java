package ca.ccrweb.office.desktop.administration;

import java.security.SecureRandom;

/** Temporary passwords an administrator gives a person, who must change it at the next sign-in. */
final class TemporaryPasswords {
    /** No 0/O, 1/l/I: the password is read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
