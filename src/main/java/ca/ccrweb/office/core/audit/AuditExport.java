package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/** The audit trail's lines as exported, newest first as they were read. */
public final class AuditExport {
    private AuditExport() {
    }

    public static TableExport<AuditEntry> table(List<AuditEntry> entries, Messages messages) {
        List<Column<AuditEntry>> columns = List.of(
                Column.dateTime(messages.get("administration.audit.column.when"), 18, AuditEntry::occurredAt),
                Column.text(messages.get("administration.audit.column.actor"), 20, AuditEntry::actor),
                Column.text(messages.get("administration.audit.column.workstation"), 18, AuditEntry::workstation),
                Column.text(messages.get("administration.audit.column.action"), 20, AuditEntry::action),
                Column.text(messages.get("administration.audit.column.entity"), 18, AuditEntry::entity),
                Column.text(messages.get("administration.audit.column.record"), 20, AuditEntry::entityId),
                Column.text(messages.get("administration.audit.column.outcome"), 12,
                        e -> messages.get(e.outcome().labelKey())),
                Column.text(messages.get("administration.audit.column.before"), 40, AuditEntry::before),
                Column.text(messages.get("administration.audit.column.after"), 40, AuditEntry::after));
        return new TableExport<>(messages.get("administration.audit.export.title"), columns, entries,
                messages.language());
    }
}
