package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/** A campaign's action reports as a table (xlsx, PDF, CSV), headers and values in the language chosen. */
public final class AdvocacyExport {

    private AdvocacyExport() {
    }

    public static TableExport<ActionReport> actions(Campaign campaign, List<ActionReport> actions, Messages messages) {
        List<Column<ActionReport>> columns = List.of(
                Column.date(messages.get("advocacy.column.date"), 11, ActionReport::takenOn),
                Column.text(messages.get("advocacy.column.reporter"), 28, ActionReport::reporterName),
                Column.text(messages.get("advocacy.column.reporterKind"), 12,
                        action -> messages.get(action.reporterKind().labelKey())),
                Column.text(messages.get("advocacy.column.province"), 7, action -> action.province().name()),
                Column.text(messages.get("advocacy.column.action"), 24,
                        action -> messages.get(action.kind().labelKey())),
                Column.text(messages.get("advocacy.column.target"), 20,
                        action -> messages.get(action.target().labelKey())),
                Column.text(messages.get("advocacy.column.targetName"), 22, ActionReport::targetName),
                Column.text(messages.get("advocacy.column.riding"), 18, ActionReport::riding),
                Column.text(messages.get("advocacy.column.result"), 16,
                        action -> messages.get(action.result().labelKey())),
                Column.text(messages.get("advocacy.column.notes"), 36, ActionReport::notes));
        return new TableExport<>(messages.get("advocacy.export.title", campaign.title(messages.language())), columns,
                actions, messages.language());
    }
}
