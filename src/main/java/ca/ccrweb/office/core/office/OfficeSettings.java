package ca.ccrweb.office.core.office;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the office prints as its own: the council's logo (PNG or JPEG, null until one is chosen) and the address
 * lines, phone, email and website of its letters. Kept in the database, so every workstation prints the same.
 */
public record OfficeSettings(byte[] logo, String logoType, String addressLines, String phone, String email,
                             String website) {
    public static final OfficeSettings NONE = new OfficeSettings(null, null, null, null, null, null);

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    /** The contact line under the address (phone, email, website, those given), or null when none is. */
    public String contactLine() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {phone, email, website}) {
            if (part != null && !part.isBlank()) {
                line.append(line.isEmpty() ? "" : "  ·  ").append(part);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }

    Audited audited() {
        return new Audited(addressLines, phone, email, website, logoType, hasLogo() ? logo.length : 0,
                hasLogo() ? sha256(logo) : null);
    }

    /** What the audit trail keeps: never the logo's bytes, only their size and SHA-256. */
    public record Audited(String addressLines, String phone, String email, String website, String logoType,
                          int logoBytes, String logoSha256) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
