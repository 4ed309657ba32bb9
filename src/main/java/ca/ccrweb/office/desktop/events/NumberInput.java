package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.l10n.TypedInput;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.desktop.common.Money;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, amounts and times typed in the event forms, read before the service sees the rest: what cannot
 * be read becomes a message beside its field, and the service is not asked until it can be read.
 */
public final class NumberInput {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?");

    private NumberInput() {
    }

    /** A whole number of places, or null when nothing was typed; "1,5" is refused, not read as 15. */
    public static Integer wholeNumber(String field, String typed, Locale locale, List<FieldError> errors) {
        TypedInput.Reading<Integer> reading = TypedInput.wholeNumber(typed, locale);
        if (!reading.isValid()) {
            errors.add(new FieldError(field, reading.errorKey()));
        }
        return reading.value();
    }

    /** An amount in dollars as cents, or null when nothing was typed. */
    static Long cents(String field, String typed, Locale locale, List<FieldError> errors) {
        Money.Reading reading = Money.read(field, typed, locale);
        if (!reading.isValid()) {
            errors.add(reading.error());
        }
        return reading.cents();
    }

    /** A time of day typed as "9:30", "9h30", "14 h", "9", or null when nothing was typed. */
    public static LocalTime time(String field, String typed, List<FieldError> errors) {
        String cleaned = Texts.clean(typed);
        if (cleaned == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(cleaned);
        try {
            if (matcher.matches()) {
                int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
                return LocalTime.of(Integer.parseInt(matcher.group(1)), minutes);
            }
            return LocalTime.parse(cleaned);
        } catch (DateTimeException notATime) {
            errors.add(new FieldError(field, "events.time.malformed"));
            return null;
        }
    }

    /** Refuses the input when a field could not be read, even if the service would take the rest. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
