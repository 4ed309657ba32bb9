package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.membership.Province;

/** One line of the anonymized statistics: cases received in a year, by kind, outcome and province. */
public record CaseStatistic(int year, CaseKind kind, CaseOutcome outcome, Province province, int count) {
}
