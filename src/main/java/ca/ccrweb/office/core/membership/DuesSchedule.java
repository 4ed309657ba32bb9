package ca.ccrweb.office.core.membership;

import java.util.List;

/**
 * The brackets' amounts for one year. {@code placeholder} while the office has not set that year's amounts:
 * the amounts are then the ones the application shipped with, and the screens say so.
 */
public record DuesSchedule(int year, List<Rate> rates, boolean placeholder) {
    public DuesSchedule {
        rates = List.copyOf(rates);
    }

    public long feeOf(long bracketId) {
        return rates.stream().filter(rate -> rate.bracket().id() == bracketId).findFirst()
                .map(Rate::feeCents).orElseThrow(() -> new IllegalArgumentException("No bracket " + bracketId));
    }

    /** A bracket with its amount for the year. */
    public record Rate(DuesBracket bracket, long feeCents) {
    }
}
