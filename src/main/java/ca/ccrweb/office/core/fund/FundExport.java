package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The awards of a year as a table (xlsx, PDF, CSV): who, which stream and consultations, awarded, paid, left. */
public final class FundExport {

    private FundExport() {
    }

    /** The selected applications among {@code applications}, with the consultations' titles from {@code events}. */
    public static TableExport<FundApplication> awards(int year, List<FundApplication> applications,
                                                      Map<Long, Event> events, Messages messages) {
        List<FundApplication> awards = applications.stream()
                .filter(application -> application.year() == year && application.isAward()).toList();
        List<Column<FundApplication>> columns = List.of(
                Column.text(messages.get("fund.column.applicant"), 26, FundApplication::applicantName),
                Column.text(messages.get("fund.column.organization"), 28, FundApplication::organizationName),
                Column.text(messages.get("fund.column.province"), 8,
                        a -> a.province() == null ? null : a.province().name()),
                Column.text(messages.get("fund.column.stream"), 20, a -> messages.get(a.stream().labelKey())),
                Column.text(messages.get("fund.column.consultations"), 40, a -> a.eventIds().stream()
                        .map(events::get).filter(Objects::nonNull).sorted(Comparator.comparing(Event::startsOn))
                        .map(event -> event.title(messages.language()))
                        .collect(Collectors.joining("; "))),
                Column.money(messages.get("fund.column.requested"), 12, FundApplication::requestedCents),
                Column.money(messages.get("fund.column.awarded"), 12, FundApplication::awardedCents),
                Column.money(messages.get("fund.column.disbursed"), 12, FundApplication::disbursedCents),
                Column.money(messages.get("fund.column.balance"), 12, FundApplication::balanceCents),
                Column.text(messages.get("fund.column.language"), 9, a -> messages.get(a.language().labelKey())),
                Column.date(messages.get("fund.column.submittedOn"), 12, FundApplication::submittedOn));
        return new TableExport<>(messages.get("fund.export.title", String.valueOf(year)), columns, awards,
                messages.language());
    }
}
