package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.List;

/** The anonymized statistics of a year as a table (xlsx, PDF, CSV): no name, no reference, only counts. */
public final class CaseExport {

    private CaseExport() {
    }

    public static TableExport<CaseStatistic> statistics(int year, List<CaseStatistic> lines, Messages messages) {
        List<Column<CaseStatistic>> columns = List.of(
                Column.integer(messages.get("cases.column.year"), 7, CaseStatistic::year),
                Column.text(messages.get("cases.column.kind"), 30, line -> messages.get(line.kind().labelKey())),
                Column.text(messages.get("cases.column.outcome"), 24, line -> line.outcome() == null
                        ? messages.get("cases.outcome.none") : messages.get(line.outcome().labelKey())),
                Column.text(messages.get("cases.column.province"), 24, line -> line.province() == null
                        ? messages.get("cases.province.none") : messages.get(line.province().labelKey())),
                Column.integer(messages.get("cases.column.count"), 9, CaseStatistic::count));
        return new TableExport<>(messages.get("cases.export.statisticsTitle", String.valueOf(year)), columns, lines,
                messages.language());
    }
}
