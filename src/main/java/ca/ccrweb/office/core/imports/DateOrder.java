package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.common.Labelled;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How dates typed as text are read: 2024-03-05 is always the 5th of March; 05/03/2024 depends on the order,
 * which the file shows when one date has a day above 12, and which staff are asked otherwise.
 */
public enum DateOrder implements Labelled {
    DAY_MONTH, MONTH_DAY;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(T.*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");

    /** The order the values show (a first part above 12: day first; a second part above 12: month first). */
    public static Optional<DateOrder> shownBy(Collection<String> values) {
        for (String value : values) {
            Matcher slashed = value == null ? null : SLASHED.matcher(value.strip());
            if (slashed != null && slashed.matches()) {
                int first = Integer.parseInt(slashed.group(1));
                int second = Integer.parseInt(slashed.group(2));
                if (first > 12 && second <= 12) {
                    return Optional.of(DAY_MONTH);
                }
                if (second > 12 && first <= 12) {
                    return Optional.of(MONTH_DAY);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether some value can be read both ways (05/03/2024), so the order must be known. */
    public static boolean anyAmbiguous(Collection<String> values) {
        for (String value : values) {
            Matcher slashed = value == null ? null : SLASHED.matcher(value.strip());
            if (slashed != null && slashed.matches() && Integer.parseInt(slashed.group(1)) <= 12
                    && Integer.parseInt(slashed.group(2)) <= 12 && !slashed.group(1).equals(slashed.group(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date typed, or empty when it is not a date. {@code order} null: a date that reads both ways is
     * refused with {@link AmbiguousDate}.
     */
    static Optional<LocalDate> parse(String text, DateOrder order) {
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher slashed = SLASHED.matcher(value);
            if (!slashed.matches()) {
                return Optional.empty();
            }
            int first = Integer.parseInt(slashed.group(1));
            int second = Integer.parseInt(slashed.group(2));
            int year = Integer.parseInt(slashed.group(3));
            if (year < 100) {
                year += year < 70 ? 2000 : 1900;
            }
            DateOrder effective = first > 12 ? DAY_MONTH : second > 12 ? MONTH_DAY : first == second ? DAY_MONTH : order;
            if (effective == null) {
                throw new AmbiguousDate();
            }
            return Optional.of(effective == DAY_MONTH ? LocalDate.of(year, second, first)
                    : LocalDate.of(year, first, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date such as 05/03/2024 while the order of day and month is not known. */
    static final class AmbiguousDate extends RuntimeException {
        AmbiguousDate() {
            super(null, null, false, false);
        }
    }

    @Override
    public String labelKey() {
        return "import.dateOrder." + name();
    }
}
