package ca.ccrweb.office.core.cases;

/** How many cases of a kind stand at a status: all that people who do not handle cases see. */
public record CaseCount(CaseKind kind, CaseStatus status, int count) {
}
