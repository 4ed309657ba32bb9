package ca.ccrweb.office.core.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One dated line of a case's log: a step taken or a contact made, in the caseworker's words. */
public record CaseStep(long id, LocalDate occurredOn, String text, String recordedBy, Instant recordedAt) {
}
