package ca.ccrweb.office.core.export;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Joins the letters of Arabic-script text (Arabic, Persian, Urdu) into their contextual forms, in logical
 * order. ICU's {@code ArabicShaping} knows only the letters of Arabic itself: it leaves the Persian yeh
 * (U+06CC), peh, tcheh, gaf and the Urdu letters isolated. Here every letter's joining type comes from the
 * Unicode character database (through ICU) and its forms from the presentation-form characters whose
 * compatibility decomposition is that letter, so every letter Unicode gives forms for is joined; a form the
 * fonts cannot draw is left as the plain letter. Lam followed by alef becomes the lam-alef ligature.
 */
final class ArabicScriptShaper {
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';
    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    private static final char ZERO_WIDTH_JOINER = '\u200D';

    /** For each letter, its isolated, final, initial and medial forms (0 when Unicode gives none). */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    /** For each alef that joins lam, the lam-alef ligature's isolated and final forms. */
    private static final Map<Character, char[]> LAM_ALEF = new HashMap<>();

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int c = 0xFB50; c <= 0xFEFC; c++) {
            int form = formOf(UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE));
            String base = form < 0 ? null : nfkd.getRawDecomposition(c);
            if (base == null) {
                continue;
            }
            if (base.length() == 1) {
                char[] forms = FORMS.computeIfAbsent(base.charAt(0), letter -> new char[4]);
                if (forms[form] == 0) {
                    forms[form] = (char) c;
                }
            } else if (base.length() == 2 && base.charAt(0) == LAM && form <= FINAL) {
                char[] forms = LAM_ALEF.computeIfAbsent(base.charAt(1), alef -> new char[2]);
                if (forms[form] == 0) {
                    forms[form] = (char) c;
                }
            }
        }
    }

    private final IntPredicate drawable;

    /** @param drawable whether the fonts have a glyph for a presentation form */
    ArabicScriptShaper(IntPredicate drawable) {
        this.drawable = drawable;
    }

    private static int formOf(int decompositionType) {
        return switch (decompositionType) {
            case DecompositionType.ISOLATED -> ISOLATED;
            case DecompositionType.FINAL -> FINAL;
            case DecompositionType.INITIAL -> INITIAL;
            case DecompositionType.MEDIAL -> MEDIAL;
            default -> -1;
        };
    }

    /** The text with its Arabic-script letters in their joined forms, still in logical order. */
    String shape(String text) {
        StringBuilder shaped = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                if (c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER) {
                    shaped.append(c);
                }
                continue;
            }
            int type = joiningType(c);
            int previous = neighbour(text, i, -1);
            int next = neighbour(text, i, +1);
            boolean joinsPrevious = joinsAfter(type) && previous >= 0 && joinsBefore(joiningType(text.charAt(previous)));
            if (c == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                char ligature = LAM_ALEF.get(text.charAt(next))[joinsPrevious ? FINAL : ISOLATED];
                if (ligature != 0 && drawable.test(ligature)) {
                    shaped.append(ligature);
                    shaped.append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean joinsNext = joinsBefore(type) && next >= 0 && joinsAfter(joiningType(text.charAt(next)));
            int form = joinsPrevious ? (joinsNext ? MEDIAL : FINAL) : (joinsNext ? INITIAL : ISOLATED);
            char chosen = forms[form];
            shaped.append(chosen != 0 && drawable.test(chosen) ? chosen : c);
        }
        return shaped.toString();
    }

    /** The nearest character before or after that is not a transparent mark, or -1. */
    private static int neighbour(String text, int from, int step) {
        for (int i = from + step; i >= 0 && i < text.length(); i += step) {
            if (joiningType(text.charAt(i)) != JoiningType.TRANSPARENT) {
                return i;
            }
        }
        return -1;
    }

    private static int joiningType(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
    }

    /** Whether a letter of this type can join the letter that follows it in reading order (to its left). */
    private static boolean joinsBefore(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.LEFT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    /** Whether a letter of this type can join the letter that precedes it in reading order (to its right). */
    private static boolean joinsAfter(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING || type == JoiningType.JOIN_CAUSING;
    }
}
