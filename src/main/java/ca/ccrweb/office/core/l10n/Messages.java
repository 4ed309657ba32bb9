package ca.ccrweb.office.core.l10n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's words in one language. Every text is a {@link MessageFormat} pattern, so French
 * apostrophes are written as the typographic ’ (a plain ' would be taken as a quote).
 */
public final class Messages {
    public static final String BUNDLE = "ca.ccrweb.office.l10n.messages";

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
        return new MessageFormat(pattern, language.locale()).format(arguments);
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
