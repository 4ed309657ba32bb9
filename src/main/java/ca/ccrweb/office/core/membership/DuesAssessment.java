package ca.ccrweb.office.core.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly assessment as previewed and as made: the dues each active member will owe (or now owes), and
 * how many already had that year's dues (assessing twice adds nothing).
 */
public record DuesAssessment(int year, LocalDate dueOn, boolean placeholderAmounts, List<Line> lines,
                             int alreadyAssessed) {
    public DuesAssessment {
        lines = List.copyOf(lines);
    }

    public long totalCents() {
        return lines.stream().mapToLong(Line::amountCents).sum();
    }

    /** One member's dues; {@code bracketChosen} is false when the member has no bracket yet and gets the smallest. */
    public record Line(long organizationId, String organizationName, DuesBracket bracket, boolean bracketChosen,
                       long amountCents) {
    }
}
