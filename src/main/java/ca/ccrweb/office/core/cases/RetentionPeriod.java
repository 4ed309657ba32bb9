package ca.ccrweb.office.core.cases;

/**
 * How many years after closing a case of this kind is kept; {@code confirmed} false while the office has not set
 * it and the default stands (shown as the office's to confirm).
 */
public record RetentionPeriod(CaseKind kind, int years, boolean confirmed) {
}
