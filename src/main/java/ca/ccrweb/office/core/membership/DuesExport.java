package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.time.LocalDate;
import java.util.List;

/** The dues lists as exported: a year's dues, the renewal list, the members in good standing. */
public final class DuesExport {
    private DuesExport() {
    }

    /** Dues with what was paid and the balance; {@code title} names the list (the year's dues, renewals). */
    public static TableExport<DuesLine> lines(String title, List<DuesLine> lines, LocalDate today, Messages messages) {
        List<Column<DuesLine>> columns = List.of(
                Column.text(messages.get("field.name"), 34, DuesLine::organizationName),
                Column.integer(messages.get("dues.column.year"), 8, DuesLine::year),
                Column.text(messages.get("export.organizations.status"), 14, l -> messages.get(l.status().labelKey())),
                Column.money(messages.get("dues.column.assessed"), 12, DuesLine::amountCents),
                Column.money(messages.get("dues.column.paid"), 12, DuesLine::paidCents),
                Column.money(messages.get("dues.column.balance"), 12, DuesLine::balanceCents),
                Column.date(messages.get("dues.column.dueOn"), 12, DuesLine::dueOn),
                Column.date(messages.get("dues.column.paidOn"), 12, DuesLine::paidOn),
                Column.text(messages.get("dues.column.state"), 14, l -> messages.get(l.paid() ? "dues.state.paid"
                        : l.overdueOn(today) ? "dues.state.overdue" : "dues.state.due")));
        return new TableExport<>(title, columns, lines, messages.language());
    }

    public static TableExport<DuesLine> year(int year, List<DuesLine> lines, LocalDate today, Messages messages) {
        return lines(messages.get("dues.export.yearTitle", String.valueOf(year)), lines, today, messages);
    }

    public static TableExport<VotingMember> goodStanding(LocalDate day, List<VotingMember> members, Messages messages) {
        List<Column<VotingMember>> columns = List.of(
                Column.text(messages.get("field.name"), 34, m -> m.organization().name()),
                Column.text(messages.get("export.organizations.region"), 14,
                        m -> messages.get(m.organization().region().labelKey())),
                Column.text(messages.get("goodStanding.column.delegate"), 26,
                        m -> m.delegate() == null ? null : m.delegate().fullName()),
                Column.text(messages.get("goodStanding.column.delegateEmail"), 28,
                        m -> m.delegate() == null ? null : m.delegate().email()),
                Column.date(messages.get("export.organizations.memberSince"), 12, m -> m.organization().memberSince()));
        return new TableExport<>(messages.get("goodStanding.export.title", DuesLetters.longDate(day, messages)), columns,
                members, messages.language());
    }
}
