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
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Encrypts the mail server's password (AES-256-GCM) with the database's mail key (ADR 0029), asked for only when a
 * password is sealed or opened. A password sealed before that decision, with the key file of one workstation's
 * data folder (ADR 0021), still opens where that file is; {@link #sealedWithTheWorkstationKey} says so, so that it
 * can be sealed again with the database's key and read from every workstation.
 */
final class SecretBox {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailKey databaseKey;
    private final Supplier<Path> workstationKeyFile;

    SecretBox(MailKey databaseKey, Supplier<Path> workstationKeyFile) {
        this.databaseKey = databaseKey;
        this.workstationKeyFile = workstationKeyFile;
    }

    String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, databaseKeyMadeIfMissing(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException | IOException e) {
            throw new OfficeException(e, "mailings.error.secretKey", databaseKey.where(), e.getMessage());
        }
    }

    String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        Optional<String> opened = openWith(sealed, this::databaseKeyIfAny);
        if (opened.isEmpty()) {
            opened = openWith(sealed, this::workstationKeyIfAny);
        }
        return opened.orElseThrow(() -> new OfficeException("mailings.error.passwordUnreadable", databaseKey.where()));
    }

    /** Whether {@code sealed} opens only with this workstation's old key file, not with the database's key. */
    boolean sealedWithTheWorkstationKey(String sealed) {
        return sealed != null && openWith(sealed, this::databaseKeyIfAny).isEmpty()
                && openWith(sealed, this::workstationKeyIfAny).isPresent();
    }

    @FunctionalInterface
    private interface KeySource {
        Optional<SecretKey> key() throws IOException;
    }

    private static Optional<String> openWith(String sealed, KeySource source) {
        try {
            Optional<SecretKey> key = source.key();
            if (key.isEmpty()) {
                return Optional.empty();
            }
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<SecretKey> databaseKeyIfAny() throws IOException {
        return databaseKey.read().map(bytes -> new SecretKeySpec(bytes, "AES"));
    }

    private Optional<SecretKey> workstationKeyIfAny() throws IOException {
        Path file = workstationKeyFile.get();
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(new SecretKeySpec(Base64.getDecoder().decode(Files.readAllBytes(file)), "AES"));
    }

    private SecretKey databaseKeyMadeIfMissing() throws IOException, GeneralSecurityException {
        Optional<byte[]> existing = databaseKey.read();
        if (existing.isPresent()) {
            return new SecretKeySpec(existing.get(), "AES");
        }
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, RANDOM);
        return new SecretKeySpec(databaseKey.keep(generator.generateKey().getEncoded()), "AES");
    }
}
