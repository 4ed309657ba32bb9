package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.export.Column;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Messages;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The groups' roster as a table (xlsx, PDF, CSV): one row per seat held and per member, group by group, with
 * the organization each person comes from and the dates; the group's staff liaison beside each row.
 */
public final class GroupExport {

    private GroupExport() {
    }

    /** One line of the roster: who, in which group, in which role, from when to when. */
    public record Line(Group group, String role, int roleOrder, String fullName, String organizationName, String email,
                       LocalDate from, LocalDate until) {
    }

    public static List<Line> lines(List<Group> groups, List<ChairTerm> terms, List<GroupMember> members,
                                   Messages messages) {
        Map<Long, Group> byId = groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (ChairTerm term : terms) {
            lines.add(new Line(byId.get(term.groupId()), messages.get(term.seat().labelKey()), term.seat().ordinal(),
                    term.fullName(), term.organizationName(), term.email(), term.startsOn(), term.endsOn()));
        }
        for (GroupMember member : members) {
            Group group = byId.get(member.groupId());
            String role = messages.get(group.kind() == GroupKind.YOUTH_NETWORK ? "group.role.coreGroup"
                    : "group.role.member");
            lines.add(new Line(group, role, ChairSeat.values().length, member.fullName(), member.organizationName(),
                    member.email(), member.sinceOn(), member.untilOn()));
        }
        List<Long> order = groups.stream().map(Group::id).toList();
        lines.sort(Comparator.comparing((Line line) -> order.indexOf(line.group().id()))
                .thenComparing(Line::roleOrder)
                .thenComparing(Line::from, Comparator.reverseOrder())
                .thenComparing(Line::fullName, Collator.getInstance(messages.locale())));
        return lines;
    }

    public static TableExport<Line> table(List<Group> groups, List<ChairTerm> terms, List<GroupMember> members,
                                          Messages messages) {
        List<Column<Line>> columns = List.of(
                Column.text(messages.get("group.column.group"), 30, line -> line.group().name(messages.language())),
                Column.text(messages.get("group.column.role"), 16, Line::role),
                Column.text(messages.get("group.column.name"), 24, Line::fullName),
                Column.text(messages.get("group.column.organization"), 30, Line::organizationName),
                Column.text(messages.get("group.column.email"), 26, Line::email),
                Column.date(messages.get("group.column.from"), 12, Line::from),
                Column.date(messages.get("group.column.until"), 12, Line::until),
                Column.text(messages.get("group.column.staffLiaison"), 20, line -> line.group().staffLiaison()));
        return new TableExport<>(messages.get("group.export.title"), columns,
                lines(groups, terms, members, messages), messages.language());
    }
}
