package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund application as the lists and the detail show it: the applicant, the supporting organization, the
 * stream and year, where it stands (and the reason of the last decision), the consultations it names and its
 * expense lines with requested, awarded and disbursed amounts. {@code version} is raised by the database at every
 * change of the application itself (ADR 0023).
 */
public record FundApplication(long id, long contactId, String applicantName, String email, Long organizationId,
                              String organizationName, FundStream stream, int year, Province province,
                              Language language, ApplicationStatus status, String reason, LocalDate submittedOn,
                              Instant statusSince, List<Long> eventIds, List<FundLine> lines,
                              long version) {

    public FundApplication {
        eventIds = List.copyOf(eventIds);
        lines = List.copyOf(lines);
    }

    public long requestedCents() {
        return lines.stream().mapToLong(FundLine::requestedCents).sum();
    }

    /** The amounts awarded (or proposed, while waitlisted), all lines together. */
    public long awardedCents() {
        return lines.stream().mapToLong(FundLine::awardedOrZero).sum();
    }

    public long disbursedCents() {
        return lines.stream().mapToLong(FundLine::disbursedCents).sum();
    }

    /** What is left to pay on the award. */
    public long balanceCents() {
        return awardedCents() - disbursedCents();
    }

    public boolean isAward() {
        return status == ApplicationStatus.SELECTED;
    }

    public FundLine line(ExpenseLine expense) {
        return lines.stream().filter(line -> line.expense() == expense).findFirst().orElse(null);
    }
}
