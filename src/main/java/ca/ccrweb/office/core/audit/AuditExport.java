package ca.ccrweb.office.core.audit;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/**
 * The audit trail's lines as exported, newest first as they were read, in the words of the screen: who by name,
 * what was done in the user's language, and the fields the change touched with their values before and after.
 */
public final class AuditExport {
    private AuditExport() {
    }

    public static TableExport<AuditEntry> table(List<AuditEntry> entries, Messages messages, AuditReading reading) {
        List<Column<AuditEntry>> columns = List.of(
                Column.dateTime(messages.get("administration.audit.column.when"), 18, AuditEntry::occurredAt),
                Column.text(messages.get("administration.audit.column.actor"), 22, reading::who),
                Column.text(messages.get("administration.audit.column.what"), 30, reading::what),
                Column.text(messages.get("administration.audit.column.record"), 20, AuditEntry::entityId),
                Column.text(messages.get("administration.audit.column.outcome"), 12,
                        e -> messages.get(e.outcome().labelKey())),
                Column.text(messages.get("administration.audit.column.workstation"), 18, AuditEntry::workstation),
                Column.text(messages.get("audit.export.changes"), 60, reading::changesText));
        return new TableExport<>(messages.get("administration.audit.export.title"), columns, entries,
                messages.language());
    }
}
