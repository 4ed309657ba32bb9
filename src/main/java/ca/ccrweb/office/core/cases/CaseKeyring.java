package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.common.OfficeException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The office's case key while this copy of the application holds it: a random AES-256 key, kept in the database
 * only wrapped (AES-GCM) by a key derived from the caseworkers' passphrase (PBKDF2-HMAC-SHA256). Unlocked once per
 * session, forgotten on sign-out. Sealed values carry their nonce: {@code version (1) | nonce (12) | ciphertext+tag}.
 * Each value is bound to where it lives (the associated data names the table, column and row), so sealed bytes
 * moved to another row do not open.
 */
public final class CaseKeyring {
    static final int ITERATIONS = 310_000;
    private static final int VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile SecretKey key;

    /** A new case key and its wrapping under the passphrase, for the office's first use of cases. */
    WrappedKey create(char[] passphrase) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        try {
            byte[] wrapped = seal(derive(passphrase, salt, ITERATIONS), raw, "case_key".getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(raw, "AES");
            return new WrappedKey(salt, ITERATIONS, wrapped);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Unwraps the office's key with the passphrase typed; a wrong passphrase is refused and leaves it locked. */
    void unlock(char[] passphrase, WrappedKey stored) {
        SecretKey wrapping = derive(passphrase, stored.salt(), stored.iterations());
        byte[] raw = open(wrapping, stored.wrappedKey(), "case_key".getBytes(StandardCharsets.UTF_8), true);
        key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
    }

    public boolean unlocked() {
        return key != null;
    }

    public void lock() {
        key = null;
    }

    byte[] seal(String text, String where) {
        return text == null ? null : seal(text.getBytes(StandardCharsets.UTF_8), where);
    }

    byte[] seal(byte[] clear, String where) {
        return seal(requireKey(), clear, where.getBytes(StandardCharsets.UTF_8));
    }

    String openText(byte[] sealed, String where) {
        return sealed == null ? null : new String(open(sealed, where), StandardCharsets.UTF_8);
    }

    byte[] open(byte[] sealed, String where) {
        return open(requireKey(), sealed, where.getBytes(StandardCharsets.UTF_8), false);
    }

    private SecretKey requireKey() {
        SecretKey current = key;
        if (current == null) {
            throw new OfficeException("cases.error.locked");
        }
        return current;
    }

    private static byte[] seal(SecretKey key, byte[] clear, byte[] associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put((byte) VERSION).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] sealed, byte[] associated, boolean passphraseCheck) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new OfficeException("cases.error.unreadable");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new OfficeException(passphraseCheck ? "cases.error.wrongPassphrase" : "cases.error.unreadable");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static SecretKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    record WrappedKey(byte[] salt, int iterations, byte[] wrappedKey) {
    }
}
