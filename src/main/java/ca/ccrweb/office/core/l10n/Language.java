package ca.ccrweb.office.core.l10n;

import ca.ccrweb.office.core.common.Labelled;

import java.util.Locale;

/** The two official languages the office works in. Stored as its lower-case code. */
public enum Language implements Labelled {
    FR(Locale.CANADA_FRENCH),
    EN(Locale.CANADA);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language code: " + code);
    }

    @Override
    public String labelKey() {
        return "language." + name();
    }

    public static Language of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FR : EN;
    }
}
