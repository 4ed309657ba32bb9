package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.l10n.TypedInput;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts in dollars as staff type them ("12.50", "12,50", "1 250", "$12.50", "12,50 $"), read into cents.
 * Money is never a floating-point number: the digits are read as a decimal by {@link TypedInput}.
 */
public final class Money {
    private Money() {
    }

    /** What was typed, read: cents, nothing typed (null cents, no error), or the message for the field. */
    public record Reading(Long cents, FieldError error) {
        public boolean isValid() {
            return error == null;
        }
    }

    /** What was typed, read by the user's language (see {@link TypedInput#cents}). */
    public static Reading read(String field, String typed, Locale locale) {
        TypedInput.Reading<Long> reading = TypedInput.cents(typed, locale);
        return new Reading(reading.value(), reading.isValid() ? null : new FieldError(field, reading.errorKey()));
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
