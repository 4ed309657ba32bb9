package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.common.Cents;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.RegistrationStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fund's rules that need no database: lines asked for, decisions allowed, amounts awarded, attendance. */
final class FundRules {
    private FundRules() {
    }

    /** The lines asked for, in expense order: a line twice, a negative amount or nothing asked at all refused. */
    static List<RequestedLine> checkLines(List<RequestedLine> lines, Validator validator) {
        Set<ExpenseLine> seen = new HashSet<>();
        List<RequestedLine> kept = new ArrayList<>();
        long total = 0;
        for (RequestedLine line : lines) {
            String field = "requested." + line.expense().name();
            if (!seen.add(line.expense())) {
                validator.reject(field, "fund.error.lineTwice");
                continue;
            }
            if (line.requestedCents() < 0) {
                validator.reject(field, "validation.notNegative");
                continue;
            }
            String justification = validator.optional("justification." + line.expense().name(),
                    line.justification(), 500);
            if (line.requestedCents() > 0) {
                kept.add(new RequestedLine(line.expense(), line.requestedCents(), justification));
                total += line.requestedCents();
            }
        }
        if (total == 0) {
            validator.reject("requested", "fund.error.nothingRequested");
        }
        kept.sort(Comparator.comparing(RequestedLine::expense));
        return kept;
    }

    static void checkDecision(FundApplication application, ApplicationStatus to) {
        if (!application.status().canBecome(to)) {
            throw new OfficeException("fund.error.illegalDecision", application.applicantName(), application.status(),
                    to);
        }
    }

    static String requireReason(String reason) {
        Validator validator = new Validator();
        String why = validator.required("reason", reason, 1000);
        validator.throwIfInvalid();
        return why;
    }

    /**
     * The amounts of an award, checked line by line against what was asked. Empty amounts fall back to those
     * already proposed, or else to those requested.
     */
    static Map<ExpenseLine, Long> award(FundApplication application, Map<ExpenseLine, Long> given,
                                                boolean mustGiveSomething) {
        Map<ExpenseLine, Long> award = new EnumMap<>(ExpenseLine.class);
        Validator validator = new Validator();
        boolean fallBack = given == null || given.isEmpty();
        for (FundLine line : application.lines()) {
            long cents = fallBack
                    ? (line.awardedCents() != null ? line.awardedCents() : line.requestedCents())
                    : given.getOrDefault(line.expense(), 0L) == null ? 0 : given.getOrDefault(line.expense(), 0L);
            String field = "award." + line.expense().name();
            if (cents < 0) {
                validator.reject(field, "validation.notNegative");
            } else if (cents > line.requestedCents()) {
                validator.reject(field, "fund.error.awardAboveRequested", new Cents(line.requestedCents()));
            }
            award.put(line.expense(), cents);
        }
        if (!fallBack) {
            for (ExpenseLine expense : given.keySet()) {
                if (application.line(expense) == null && given.get(expense) != null && given.get(expense) > 0) {
                    validator.reject("award." + expense.name(), "fund.error.lineNotRequested");
                }
            }
        }
        if (mustGiveSomething && !validator.hasErrors()
                && award.values().stream().mapToLong(Long::longValue).sum() == 0) {
            validator.reject("award", "fund.error.nothingAwarded");
        }
        validator.throwIfInvalid();
        return award;
    }

    static Attendance attendance(Event event, RegistrationStatus status, LocalDate today) {
        boolean over = event.endsOn().isBefore(today);
        if (status == null) {
            return over ? Attendance.MISSED : Attendance.NOT_REGISTERED;
        }
        return switch (status) {
            case ATTENDED -> Attendance.ATTENDED;
            case NO_SHOW -> Attendance.MISSED;
            case CANCELLED -> over ? Attendance.MISSED : Attendance.NOT_REGISTERED;
            case REGISTERED, WAITLISTED -> over ? Attendance.NOT_RECORDED : Attendance.EXPECTED;
        };
    }
}
