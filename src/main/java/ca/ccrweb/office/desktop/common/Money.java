package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.FieldError;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in dollars as staff type them ("12.50", "12,50", "1 250", "$12.50", "12,50 $"), read into cents.
 * Money is never a floating-point number: the digits are read as a decimal.
 */
public final class Money {
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+([.,]\\d{1,2})?");
    private static final Pattern SPACES_AND_SIGNS = Pattern.compile("[\\s\\u00A0\\u202F$]");
    private static final long MOST_CENTS = 100_000_000_00L;

    private Money() {
    }

    /** What was typed, read: cents, nothing typed (null cents, no error), or the message for the field. */
    public record Reading(Long cents, FieldError error) {
        public boolean isValid() {
            return error == null;
        }
    }

    public static Reading read(String field, String typed) {
        String compact = typed == null ? "" : SPACES_AND_SIGNS.matcher(typed).replaceAll("");
        if (compact.isEmpty()) {
            return new Reading(null, null);
        }
        if (!AMOUNT.matcher(compact).matches()) {
            return new Reading(null, new FieldError(field, "events.amount.malformed"));
        }
        BigDecimal dollars = new BigDecimal(compact.replace(',', '.'));
        if (dollars.signum() < 0) {
            return new Reading(null, new FieldError(field, "validation.notNegative"));
        }
        long cents = dollars.movePointRight(2).longValueExact();
        if (cents > MOST_CENTS) {
            return new Reading(null, new FieldError(field, "events.amount.tooLarge"));
        }
        return new Reading(cents, null);
    }

    /** Cents as an amount to edit again: "12.50" in English, "12,50" in French, without the dollar sign. */
    public static String typed(Long cents, Locale locale) {
        if (cents == null) {
            return "";
        }
        String plain = BigDecimal.valueOf(cents, 2).toPlainString();
        return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
