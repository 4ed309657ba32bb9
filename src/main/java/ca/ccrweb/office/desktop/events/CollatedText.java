package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.desktop.common.Localizer;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Sorts a column's texts in the order of the screen's language, each text's collation key made once and
 * kept (until the language changes), so sorting thousands of rows again costs key comparisons only.
 * For the FX thread: not shared between threads.
 */
final class CollatedText implements Comparator<String> {
    /** Enough for the largest event's emails several times over; beyond, the keys are made again. */
    private static final int MOST_KEYS = 50_000;

    private final Localizer localizer;
    private final Map<String, CollationKey> keys = new HashMap<>();
    private Messages keyedFor;
    private Collator collator;

    CollatedText(Localizer localizer) {
        this.localizer = localizer;
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (keyedFor != localizer.messages() || keys.size() > MOST_KEYS) {
            keyedFor = localizer.messages();
            collator = Collator.getInstance(keyedFor.locale());
            collator.setStrength(Collator.SECONDARY);
            keys.clear();
        }
        return keys.computeIfAbsent(a, collator::getCollationKey).compareTo(keys.computeIfAbsent(b,
                collator::getCollationKey));
    }
}
