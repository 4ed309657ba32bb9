package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.l10n.Language;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Finding resolutions by words (in either language's title and text, the code, the sponsor; accents
 * optional) and by theme, status and year; any left empty matches all.
 */
public record ResolutionSearch(String words, ResolutionTheme theme, ResolutionStatus status, Integer year) {

    public static final ResolutionSearch ALL = new ResolutionSearch(null, null, null, null);

    public Predicate<Resolution> predicate() {
        String[] wanted = Texts.searchKey(words == null ? "" : words).strip().split("\\s+");
        boolean anyWords = !(wanted.length == 1 && wanted[0].isEmpty());
        return resolution -> (theme == null || resolution.themes().contains(theme))
                && (status == null || resolution.status() == status)
                && (year == null || resolution.year() == year)
                && (!anyWords || Arrays.stream(wanted).allMatch(haystack(resolution)::contains));
    }

    private static String haystack(Resolution resolution) {
        return Texts.searchKey(String.join("\n", resolution.code(), resolution.titleFr(), resolution.titleEn(),
                nullToEmpty(resolution.textFr()), nullToEmpty(resolution.textEn()),
                nullToEmpty(resolution.sponsor(Language.FR)), nullToEmpty(resolution.sponsor(Language.EN))));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
