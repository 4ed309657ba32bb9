package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.membership.Province;

import java.time.Instant;
import java.time.LocalDate;

/** An action a member took for a campaign and what came of it, with who recorded it. */
public record ActionReport(long id, long campaignId, ReporterKind reporterKind, Long organizationId,
                           String reporterName, Province province, ActionKind kind, TargetKind target,
                           String targetName, String riding, LocalDate takenOn, ActionResult result, String notes,
                           int attachments, String recordedBy, Instant recordedAt) {

    public ActionReportDraft draft() {
        return new ActionReportDraft(reporterKind, organizationId, reporterName, province, kind, target, targetName,
                riding, takenOn, result, notes);
    }
}
