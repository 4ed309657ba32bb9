package ca.ccrweb.office.core.common;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by every form: trimming, blank-as-absent, search keys. */
public final class Texts {
    private Texts() {
    }

    /** The trimmed text, or null when nothing but spaces was typed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** Lower case without accents, for searching "montreal" and finding "Montréal". */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** An ASCII slug such as "comite-daide-aux-refugies", for user names. */
    public static String slug(String text) {
        String slug = searchKey(text).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "member" : slug;
    }
}
