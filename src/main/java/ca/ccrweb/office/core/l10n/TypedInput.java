package ca.ccrweb.office.core.l10n;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of numbers, amounts and dates as staff type them, by the language they work in. Spaces of
 * any kind group thousands in both languages; English also groups with commas ("1,000"). An amount takes a
 * comma or a point before its cents in both languages ("1,5", "1 000,50", "1.50"); a whole number refuses
 * any decimals ("1,5" is not 15). A date is typed as 2027-05-27 or as the screens show it ("27 mai 2027",
 * "May 27, 2027", 27/05/2027 in French); a date that does not exist (2026-02-30) says so.
 */
public final class TypedInput {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]");
    private static final Pattern DOLLARS = Pattern.compile("\\$|CAD|\\$CA", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern EUROPEAN_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,](\\d+))?");
    private static final Pattern ISO_LIKE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final long MOST_CENTS = 100_000_000_00L;
    private static final int MOST_DIGITS_OF_A_WHOLE_NUMBER = 9;

    private TypedInput() {
    }

    /**
     * What was typed, read: a value, nothing typed (no value, no error), or the key of the message to show
     * beside the field (its argument, if any, is what was typed).
     */
    public record Reading<T>(T value, String errorKey) {
        public static <T> Reading<T> nothing() {
            return new Reading<>(null, null);
        }

        static <T> Reading<T> of(T value) {
            return new Reading<>(value, null);
        }

        static <T> Reading<T> error(String key) {
            return new Reading<>(null, key);
        }

        public boolean isValid() {
            return errorKey == null;
        }
    }

    /** An amount in dollars as cents. */
    public static Reading<Long> cents(String typed, Locale locale) {
        String compact = compact(DOLLARS.matcher(typed == null ? "" : typed).replaceAll(""));
        if (compact.isEmpty()) {
            return Reading.nothing();
        }
        BigDecimal dollars = decimal(compact, locale);
        if (dollars == null) {
            return Reading.error("input.amount.malformed");
        }
        if (dollars.signum() < 0) {
            return Reading.error("validation.notNegative");
        }
        if (dollars.scale() > 2) {
            return Reading.error("input.amount.cents");
        }
        if (dollars.movePointRight(2).compareTo(BigDecimal.valueOf(MOST_CENTS)) > 0) {
            return Reading.error("events.amount.tooLarge");
        }
        return Reading.of(dollars.movePointRight(2).longValueExact());
    }

    /** A whole number, such as a number of places: "1,5" is refused rather than read as 15. */
    public static Reading<Integer> wholeNumber(String typed, Locale locale) {
        String compact = compact(typed);
        if (compact.isEmpty()) {
            return Reading.nothing();
        }
        BigDecimal number = decimal(compact, locale);
        if (number == null) {
            return Reading.error("input.number.malformed");
        }
        if (number.scale() > 0) {
            return Reading.error("input.number.notWhole");
        }
        if (number.signum() < 0) {
            return Reading.error("validation.notNegative");
        }
        if (number.toBigInteger().toString().length() > MOST_DIGITS_OF_A_WHOLE_NUMBER) {
            return Reading.error("input.number.tooLarge");
        }
        return Reading.of(number.intValue());
    }

    /** A date typed as 2027-05-27, 27/05/2027 (day first, as in French) or as the screens write it. */
    public static Reading<LocalDate> date(String typed, Locale locale) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Reading.nothing();
        }
        Matcher iso = ISO_LIKE.matcher(text);
        if (iso.matches()) {
            return existing(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return existing(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                    Integer.parseInt(dayFirst.group(1)));
        }
        for (FormatStyle style : new FormatStyle[]{FormatStyle.MEDIUM, FormatStyle.LONG}) {
            try {
                return Reading.of(LocalDate.parse(text, DateTimeFormatter.ofLocalizedDate(style).withLocale(locale)
                        .withResolverStyle(ResolverStyle.SMART)));
            } catch (DateTimeParseException unreadable) {
                // Tried in the next form, then refused below.
            }
        }
        return Reading.error("input.date.unreadable");
    }

    private static Reading<LocalDate> existing(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Reading.error("input.date.impossible");
        }
        try {
            return Reading.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Reading.error("input.date.impossible");
        }
    }

    private static String compact(String typed) {
        return typed == null ? "" : SPACES.matcher(typed).replaceAll("");
    }

    /**
     * The number typed, its separators read by the language: English "1,000.50", European "1.000,50", and in
     * both a single comma or point before decimals. Null when it is not a number.
     */
    private static BigDecimal decimal(String compact, Locale locale) {
        String plain;
        if (ENGLISH_GROUPS.matcher(compact).matches() && !"fr".equals(locale.getLanguage())) {
            plain = compact.replace(",", "");
        } else if (EUROPEAN_GROUPS.matcher(compact).matches() && "fr".equals(locale.getLanguage())) {
            plain = compact.replace(".", "").replace(',', '.');
        } else if (DECIMAL.matcher(compact).matches()) {
            plain = compact.replace(',', '.');
        } else {
            return null;
        }
        return new BigDecimal(plain);
    }
}
