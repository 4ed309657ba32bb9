package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;

/**
 * An action a member reported, as staff type it: who (a member organization, chosen by id, or an individual by
 * name), where, which action, whom it reached, when, and what came of it.
 */
public record ActionReportDraft(ReporterKind reporterKind, Long organizationId, String reporterName,
                                Province province, ActionKind kind, TargetKind target, String targetName,
                                String riding, LocalDate takenOn, ActionResult result, String notes) {
}
