package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.groups.ChairSeat;
import ca.ccrweb.office.core.groups.ChairTerm;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.groups.GroupDraft;
import ca.ccrweb.office.core.groups.GroupExport;
import ca.ccrweb.office.core.groups.GroupKind;
import ca.ccrweb.office.core.groups.GroupMeeting;
import ca.ccrweb.office.core.groups.GroupMember;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The groups tab: each group with who holds its seats today and how many members it has; the group selected
 * with its seats' terms, members and meetings; giving a seat for a term (refused when it overlaps the seat's
 * other terms), adding a member, ending a term or a membership.
 */
public final class GroupListViewModel {
    public static final List<String> FIELDS = List.of("seat", "fullName", "email", "organization", "startsOn",
            "endsOn", "sinceOn", "untilOn", "kind", "nameFr", "nameEn", "purposeFr", "purposeEn", "staffLiaison");

    private final GroupsViewModel page;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<GroupRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChairTerm> terms = FXCollections.observableArrayList();
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final ObservableList<GroupMeeting> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<ChairSeat> seat = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<GroupKind> kind = new SimpleObjectProperty<>();
    private final StringProperty nameFr = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty purposeFr = new SimpleStringProperty("");
    private final StringProperty purposeEn = new SimpleStringProperty("");
    private final StringProperty staffLiaison = new SimpleStringProperty("");
    private Long editingGroup;
    private final FormSubmission submission;
    private final FieldErrors errors;

    GroupListViewModel(GroupsViewModel page, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                       Localizer localizer) {
        this.page = page;
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
        selected.subscribe(this::showDetail);
    }

    /** A group as the list shows it. */
    public record GroupRow(Group group, List<ChairTerm> chairsToday, int currentMembers) {
        public long id() {
            return group.id();
        }
    }

    void load() {
        LocalDate today = LocalDate.now(office.clock());
        List<Group> groups = List.copyOf(page.groups());
        executor.run(() -> {
            Map<Long, List<ChairTerm>> chairs = office.groups().allChairTerms().stream()
                    .filter(term -> term.covers(today)).collect(Collectors.groupingBy(ChairTerm::groupId));
            Map<Long, Long> counts = office.groups().allMembers().stream().filter(member -> member.isCurrent(today))
                    .collect(Collectors.groupingBy(GroupMember::groupId, Collectors.counting()));
            return groups.stream().map(group -> new GroupRow(group, chairs.getOrDefault(group.id(), List.of()),
                    counts.getOrDefault(group.id(), 0L).intValue())).toList();
        }, loaded -> {
            GroupRow before = selected.get();
            rows.setAll(loaded);
            selected.set(rows.stream().filter(row -> before != null && row.id() == before.id()).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.getFirst()));
        }, feedback::showError);
    }

    private record Detail(long groupId, List<ChairTerm> terms, List<GroupMember> members,
                          List<GroupMeeting> meetings) {
    }

    private void showDetail(GroupRow row) {
        if (row == null) {
            terms.clear();
            members.clear();
            meetings.clear();
            return;
        }
        executor.run(() -> new Detail(row.id(), office.groups().chairTerms(row.id()), office.groups().members(row.id()),
                office.groups().meetings(row.id())), detail -> {
                    if (selected.get() != null && selected.get().id() == detail.groupId()) {
                        terms.setAll(detail.terms());
                        members.setAll(detail.members());
                        meetings.setAll(detail.meetings());
                    }
                }, feedback::showError);
    }

    /** The group form, empty for a new group or filled with the group selected. */
    public void startGroupForm(boolean forSelected) {
        errors.clear();
        Group group = forSelected && selected.get() != null ? selected.get().group() : null;
        editingGroup = group == null ? null : group.id();
        kind.set(group == null ? GroupKind.OTHER : group.kind());
        nameFr.set(group == null ? "" : group.nameFr());
        nameEn.set(group == null ? "" : group.nameEn());
        purposeFr.set(group == null || group.purposeFr() == null ? "" : group.purposeFr());
        purposeEn.set(group == null || group.purposeEn() == null ? "" : group.purposeEn());
        staffLiaison.set(group == null || group.staffLiaison() == null ? "" : group.staffLiaison());
    }

    /** Adds the group typed, or saves the changes to the group selected. */
    public void saveGroup(Runnable onSaved) {
        GroupDraft draft = new GroupDraft(kind.get(),
                nameFr.get(), nameEn.get(), purposeFr.get(), purposeEn.get(), staffLiaison.get());
        Long id = editingGroup;
        save(() -> (id == null ? office.groups().create(draft) : office.groups().update(id, draft))
                .name(localizer.language()), id == null ? "groups.notify.created" : "groups.notify.saved", () -> {
                    onSaved.run();
                    page.load();
                });
    }

    public ObjectProperty<GroupKind> kindProperty() {
        return kind;
    }

    public StringProperty nameFrProperty() {
        return nameFr;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty purposeFrProperty() {
        return purposeFr;
    }

    public StringProperty purposeEnProperty() {
        return purposeEn;
    }

    public StringProperty staffLiaisonProperty() {
        return staffLiaison;
    }

    /** Empties the form for a new term or member of the group selected. */
    public void startForm() {
        errors.clear();
        seat.set(null);
        fullName.set("");
        email.set("");
        organization.set(null);
        startsOn.set(LocalDate.now(office.clock()));
        endsOn.set(null);
    }

    /** Gives the seat chosen to the person typed for the term typed; {@code onSaved} once recorded. */
    public void saveChairTerm(Runnable onSaved) {
        GroupRow row = selected.get();
        if (row == null) {
            return;
        }
        ContactDraft person = person();
        ChairSeat chosen = seat.get();
        LocalDate start = startsOn.get();
        LocalDate end = endsOn.get();
        save(() -> office.groups().addChairTerm(row.id(), chosen, person, start, end).fullName(),
                "groups.notify.chairTerm", onSaved);
    }

    /** Adds the person typed to the group selected from the start date typed. */
    public void saveMember(Runnable onSaved) {
        GroupRow row = selected.get();
        if (row == null) {
            return;
        }
        ContactDraft person = person();
        LocalDate since = startsOn.get();
        save(() -> office.groups().addMember(row.id(), person, since).fullName(), "groups.notify.member", onSaved);
    }

    private ContactDraft person() {
        Organization from = organization.get();
        return new ContactDraft(fullName.get(), email.get(), null, from == null ? localizer.language()
                : from.language(), from == null ? null : from.id(), null);
    }

    private void save(Callable<String> work, String notifyKey, Runnable onSaved) {
        submission.submit(executor, work, name -> {
            feedback.notify(localizer.get(notifyKey, name));
            onSaved.run();
            load();
            showDetail(selected.get());
        });
    }

    /** Ends a term on the day given. */
    public void endTerm(ChairTerm term, LocalDate on) {
        executor.run(() -> office.groups().endChairTerm(term.id(), on), ended -> {
            feedback.notify(localizer.get("groups.notify.termEnded", ended.fullName(), localizer.date(on)));
            load();
            showDetail(selected.get());
        }, feedback::showError);
    }

    /** Records that a member left on the day given. */
    public void endMembership(GroupMember member, LocalDate on) {
        executor.run(() -> office.groups().endMembership(member.id(), on), ended -> {
            feedback.notify(localizer.get("groups.notify.memberLeft", ended.fullName(), localizer.date(on)));
            load();
            showDetail(selected.get());
        }, feedback::showError);
    }

    /** Every group's seats and members, as the file chosen. */
    public void export(ExportFormat format, Path file,
                       ProgressReporter progress) throws Exception {
        office.export(GroupExport.table(office.groups().all(),
                office.groups().allChairTerms(), office.groups().allMembers(), localizer.messages()), format, file,
                ExportTask.progress(progress));
    }

    /** "Loly Rico, Abdi Hassan": who holds the group's seats today. */
    public String chairsText(GroupRow row) {
        return row.chairsToday().stream().map(ChairTerm::fullName).collect(Collectors.joining(", "));
    }

    public boolean canManage() {
        return page.canManage();
    }

    public ObservableList<GroupRow> rows() {
        return rows;
    }

    public ObjectProperty<GroupRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ChairTerm> terms() {
        return terms;
    }

    public ObservableList<GroupMember> members() {
        return members;
    }

    public ObservableList<GroupMeeting> meetings() {
        return meetings;
    }

    public ObservableList<Organization> memberOrganizations() {
        return page.memberOrganizations();
    }

    public ObjectProperty<ChairSeat> seatProperty() {
        return seat;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(office.clock());
    }
}
