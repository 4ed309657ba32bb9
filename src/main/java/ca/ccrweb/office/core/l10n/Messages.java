package ca.ccrweb.office.core.l10n;

import com.ibm.icu.text.PluralRules;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The application's words in one language. Every text is a {@link MessageFormat} pattern, so French
 * apostrophes are written as the typographic ’ (a plain ' would be taken as a quote).
 */
public final class Messages {
    public static final String BUNDLE = "ca.ccrweb.office.l10n.messages";

    private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile("[ \\u202F]([?!:;])");
    private static final Pattern SPACE_INSIDE_QUOTES = Pattern.compile("(« )| »");

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: English is the base bundle, French its twin.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
        if (language == Language.FR) {
            pattern = frenchTypography(pattern);
        }
        if (pattern.contains(", plural,") || pattern.contains(",plural,")) {
            return new com.ibm.icu.text.MessageFormat(pattern, language.locale()).format(arguments);
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /**
     * A text that agrees in number with a count by the language's plural rules (ICU's): the key's ".one",
     * ".other" (or, for a language that has them, ".few", ".many"...) form; ".other" when a form is missing.
     * French counts zero and one alike ("0 organisme"), English does not ("0 organizations").
     */
    public String plural(String key, long count, Object... arguments) {
        String category = PluralRules.forLocale(language.locale()).select(count);
        String chosen = key + "." + category;
        return get(bundle.containsKey(chosen) ? chosen : key + ".other", arguments);
    }

    /**
     * French typography whatever the translator typed: a non-breaking space before ? ! ; and : and inside
     * « guillemets », so the sign never starts a line of its own.
     */
    static String frenchTypography(String pattern) {
        String spaced = SPACE_BEFORE_SIGN.matcher(pattern).replaceAll("\u00A0$1");
        return SPACE_INSIDE_QUOTES.matcher(spaced).replaceAll(match -> match.group(1) != null ? "«\u00A0"
                : "\u00A0»");
    }

    /** An amount in cents as money in this language: "$1,250.00", "1 250,00 $". */
    public String money(long cents) {
        return moneyFormat(language.locale()).format(BigDecimal.valueOf(cents, 2));
    }

    /** The one money format of the application, Canadian dollars in the given locale (not thread-safe: one per use). */
    public static NumberFormat moneyFormat(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("CAD"));
        return format;
    }
}
