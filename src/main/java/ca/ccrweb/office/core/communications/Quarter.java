package ca.ccrweb.office.core.communications;

import java.time.LocalDate;

/** A calendar quarter: 1 is January to March. */
public record Quarter(int year, int quarter) {
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }
}
