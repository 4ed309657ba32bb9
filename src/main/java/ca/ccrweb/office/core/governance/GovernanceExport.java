package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The resolutions register and the executive committee as tables (xlsx, PDF, CSV), in the language chosen. */
public final class GovernanceExport {

    private GovernanceExport() {
    }

    /** The resolutions given (a year's, or every year's), by year and number. */
    public static TableExport<Resolution> resolutions(Integer year, List<Resolution> resolutions, Messages messages) {
        List<Resolution> rows = resolutions.stream().filter(r -> year == null || r.year() == year)
                .sorted(Comparator.comparing(Resolution::year).reversed().thenComparing(Resolution::number)).toList();
        List<Column<Resolution>> columns = List.of(
                Column.text(messages.get("resolution.column.number"), 9, Resolution::code),
                Column.text(messages.get("resolution.column.title"), 44, r -> r.title(messages.language())),
                Column.text(messages.get("resolution.column.status"), 12, r -> messages.get(r.status().labelKey())),
                Column.text(messages.get("resolution.column.sponsor"), 28, r -> r.sponsor(messages.language())),
                Column.text(messages.get("resolution.column.adoptedAt"), 28, r -> r.adoptedAt(messages.language())),
                Column.text(messages.get("resolution.column.themes"), 30, r -> r.themes().stream()
                        .map(theme -> messages.get(theme.labelKey())).sorted().collect(Collectors.joining("; "))),
                Column.text(messages.get("resolution.column.related"), 14, r -> relatedCodes(r, resolutions)));
        String title = year == null ? messages.get("resolution.export.title")
                : messages.get("resolution.export.titleYear", String.valueOf(year));
        return new TableExport<>(title, columns, rows, messages.language());
    }

    static String relatedCodes(Resolution resolution, List<Resolution> all) {
        return all.stream().filter(other -> resolution.relatedIds().contains(other.id())).map(Resolution::code)
                .sorted().collect(Collectors.joining(", "));
    }

    /** The executive committee's terms, by position, the latest first. */
    public static TableExport<ExecutiveTerm> executive(List<ExecutiveTerm> terms, Messages messages) {
        List<Column<ExecutiveTerm>> columns = List.of(
                Column.text(messages.get("executive.column.position"), 20, t -> messages.get(t.position().labelKey())),
                Column.text(messages.get("executive.column.name"), 24, ExecutiveTerm::fullName),
                Column.text(messages.get("executive.column.organization"), 30, ExecutiveTerm::organizationName),
                Column.text(messages.get("executive.column.electedAt"), 30, t -> t.electedAt(messages.language())),
                Column.date(messages.get("executive.column.startsOn"), 12, ExecutiveTerm::startsOn),
                Column.date(messages.get("executive.column.endsOn"), 12, ExecutiveTerm::endsOn));
        return new TableExport<>(messages.get("executive.export.title"), columns, terms, messages.language());
    }
}
