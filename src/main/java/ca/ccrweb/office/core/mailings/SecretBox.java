package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.OfficeException;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts the mail server's password (AES-256-GCM) with a key kept in a file of the data folder, never in
 * the database: a copy or backup of the database alone does not give the password away (ADR 0021).
 */
final class SecretBox {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keyFile;

    SecretBox(Path keyFile) {
        this.keyFile = keyFile;
    }

    String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException | IOException e) {
            throw new OfficeException(e, "mailings.error.secretKey", keyFile, e.getMessage());
        }
    }

    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(false), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new OfficeException(e, "mailings.error.passwordUnreadable", keyFile);
        }
    }

    private SecretKey key(boolean createIfMissing) throws IOException, GeneralSecurityException {
        if (!Files.exists(keyFile)) {
            if (!createIfMissing) {
                throw new IOException("no key file " + keyFile);
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.write(keyFile, Base64.getEncoder().encode(generator.generateKey().getEncoded()));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // Windows keeps the file private through the user's profile folder permissions.
            }
        }
        return new SecretKeySpec(Base64.getDecoder().decode(Files.readAllBytes(keyFile)), "AES");
    }
}
