package ca.ccrweb.office.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects the field errors of one form, then refuses the whole input at once. Text is trimmed;
 * blank optional text becomes null. Every rule names the field, so the message lands beside it.
 */
public final class Validator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-.\\s]{7,}(\\s*(x|ext\\.?|poste)\\s*\\d{1,6})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[^\\s/$.?#]+\\.[^\\s]+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTAL_CODE = Pattern.compile("^[A-Za-z]\\d[A-Za-z]\\s?\\d[A-Za-z]\\d$");

    private final List<FieldError> errors = new ArrayList<>();

    public String required(String field, String value, int maxLength) {
        String cleaned = Texts.clean(value);
        if (cleaned == null) {
            errors.add(new FieldError(field, "validation.required"));
            return null;
        }
        return checkLength(field, cleaned, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        String cleaned = Texts.clean(value);
        return cleaned == null ? null : checkLength(field, cleaned, maxLength);
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
        return value;
    }

    public String requiredEmail(String field, String value) {
        String email = required(field, value, 254);
        return email == null ? null : checkPattern(field, email, EMAIL, "validation.email");
    }

    public String optionalEmail(String field, String value) {
        String email = optional(field, value, 254);
        return email == null ? null : checkPattern(field, email, EMAIL, "validation.email");
    }

    public String optionalPhone(String field, String value) {
        String phone = optional(field, value, 40);
        return phone == null ? null : checkPattern(field, phone, PHONE, "validation.phone");
    }

    public String optionalWebsite(String field, String value) {
        String website = optional(field, value, 300);
        return website == null ? null : checkPattern(field, website, WEBSITE, "validation.website");
    }

    /** A Canadian postal code, stored in its usual form "H2X 1Y4". */
    public String optionalPostalCode(String field, String value) {
        String code = optional(field, value, 10);
        if (code == null || checkPattern(field, code, POSTAL_CODE, "validation.postalCode") == null) {
            return null;
        }
        String compact = code.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 3) + " " + compact.substring(3);
    }

    public void reject(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private String checkLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(field, "validation.tooLong", maxLength));
            return null;
        }
        return value;
    }

    private String checkPattern(String field, String value, Pattern pattern, String key) {
        if (!pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, key));
            return null;
        }
        return value;
    }
}
