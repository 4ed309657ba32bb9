package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.communications.KeyFigure;
import ca.ccrweb.office.core.communications.KeyFigures;

import java.text.NumberFormat;
import java.util.Optional;

/** The quarterly update's figure from advocacy: letters members wrote to the minister during the quarter. */
public final class AdvocacyFigures {
    public static final String LETTERS_TO_MINISTER = "ADVOCACY_LETTERS_TO_MINISTER";

    private AdvocacyFigures() {
    }

    /** Empty while no campaign exists: an office that runs none has nothing to report. */
    public static KeyFigures.Entry lettersToMinister(AdvocacyService advocacy) {
        return new KeyFigures.Entry(LETTERS_TO_MINISTER, (quarter, messages) -> {
            if (advocacy.campaigns().isEmpty()) {
                return Optional.empty();
            }
            int letters = advocacy.lettersToMinister(quarter.firstDay(), quarter.lastDay());
            return Optional.of(new KeyFigure(LETTERS_TO_MINISTER, messages.get("quarterly.figure.lettersToMinister"),
                    NumberFormat.getIntegerInstance(messages.locale()).format(letters), false));
        });
    }
}
