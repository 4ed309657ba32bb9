package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.groups.Group;
import ca.ccrweb.office.core.groups.GroupKind;
import ca.ccrweb.office.core.groups.ProposalStatus;
import ca.ccrweb.office.core.groups.WorkshopProposal;
import ca.ccrweb.office.core.groups.WorkshopProposalDraft;
import ca.ccrweb.office.core.groups.WorkshopSlot;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.desktop.events.NumberInput;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The workshop proposals: those for a consultation (or all), a new proposal made at a working group's meeting,
 * and the group's decision. Accepting asks where the workshop goes in the programme and puts it there in the same
 * step; declining and withdrawing ask for the reason.
 */
public final class ProposalsViewModel {
    public static final List<String> FIELDS = List.of("event", "group", "organizer", "titleFr", "titleEn",
            "description", "day", "startsAt", "endsAt", "room", "capacity");

    private final GroupsViewModel page;
    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final ObservableList<WorkshopProposal> proposals = FXCollections.observableArrayList();
    private final FilteredList<WorkshopProposal> shown = new FilteredList<>(proposals);
    private final ObjectProperty<Event> consultation = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkshopProposal> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Event> formEvent = new SimpleObjectProperty<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> organizer = new SimpleObjectProperty<>();
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final StringProperty endsAt = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;
    private WorkshopProposal editing;

    ProposalsViewModel(GroupsViewModel page, OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                       Localizer localizer) {
        this.page = page;
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> consultation.get() == null
                ? proposal -> true : proposal -> proposal.eventId() == consultation.get().id(), consultation));
    }

    void load() {
        executor.run(() -> office.groups().proposals(null), loaded -> {
            WorkshopProposal before = selected.get();
            proposals.setAll(loaded);
            selected.set(before == null ? null : loaded.stream().filter(p -> p.id() == before.id()).findFirst()
                    .orElse(null));
        }, feedback::showError);
    }

    /** The national consultations, the latest first. */
    public List<Event> consultations() {
        return page.events().stream().filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION).toList();
    }

    public void startNew() {
        editing = null;
        errors.clear();
        formEvent.set(consultation.get() != null ? consultation.get() : consultations().stream().findFirst()
                .orElse(null));
        group.set(null);
        organizer.set(null);
        titleFr.set("");
        titleEn.set("");
        description.set("");
    }

    /** The form filled with the proposal selected, to correct it while the group has not decided; false otherwise. */
    public boolean startEdit() {
        WorkshopProposal proposal = selected.get();
        if (proposal == null || proposal.status() != ProposalStatus.PROPOSED) {
            return false;
        }
        editing = proposal;
        errors.clear();
        formEvent.set(page.events().stream().filter(event -> event.id() == proposal.eventId()).findFirst()
                .orElse(null));
        group.set(page.groups().stream().filter(g -> g.id() == proposal.groupId()).findFirst().orElse(null));
        organizer.set(page.memberOrganizations().stream().filter(o -> o.id() == proposal.organizerOrganizationId())
                .findFirst().orElse(null));
        titleFr.set(proposal.titleFr());
        titleEn.set(proposal.titleEn());
        description.set(proposal.description() == null ? "" : proposal.description());
        return true;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** Records the new proposal, or the corrections of the one being edited (its proposal date kept). */
    public void saveNew(Runnable onSaved) {
        WorkshopProposal before = editing;
        WorkshopProposalDraft draft = new WorkshopProposalDraft(formEvent.get() == null ? null : formEvent.get().id(),
                group.get() == null ? null : group.get().id(), organizer.get() == null ? null : organizer.get().id(),
                titleFr.get(), titleEn.get(), description.get(), before == null ? null : before.proposedOn());
        if (before == null) {
            act(() -> office.groups().propose(draft), "proposals.notify.proposed", onSaved);
        } else {
            act(() -> office.groups().updateProposal(before.id(), draft), "proposals.notify.corrected", onSaved);
        }
    }

    /** The slot form for the proposal selected, on the consultation's middle day. */
    public boolean startAccept() {
        WorkshopProposal proposal = selected.get();
        if (proposal == null || proposal.status() != ProposalStatus.PROPOSED) {
            return false;
        }
        errors.clear();
        List<LocalDate> days = days();
        day.set(days.isEmpty() ? null : days.get(days.size() / 2));
        startsAt.set("13:30");
        endsAt.set("15:00");
        room.set("");
        capacity.set("");
        return true;
    }

    /** The days of the selected proposal's consultation. */
    public List<LocalDate> days() {
        WorkshopProposal proposal = selected.get();
        return proposal == null ? List.of() : page.events().stream().filter(event -> event.id() == proposal.eventId())
                .findFirst().map(Event::days).orElse(List.of());
    }

    /** Accepts the proposal selected: it becomes a workshop of its consultation's programme at the slot typed. */
    public void accept(Runnable onSaved) {
        WorkshopProposal proposal = selected.get();
        if (proposal == null) {
            return;
        }
        List<FieldError> typing = new ArrayList<>();
        LocalTime starts = NumberInput.time("startsAt", startsAt.get(), typing);
        LocalTime ends = NumberInput.time("endsAt", endsAt.get(), typing);
        Integer places = NumberInput.wholeNumber("capacity", capacity.get(), localizer.messages().locale(), typing);
        if (!typing.isEmpty()) {
            errors.show(new ValidationException(typing));
            return;
        }
        WorkshopSlot slot = new WorkshopSlot(day.get(), starts, ends, room.get(), places);
        act(() -> office.groups().accept(proposal.id(), slot, null), "proposals.notify.accepted", onSaved);
    }

    public void decline(String reason) {
        WorkshopProposal proposal = selected.get();
        if (proposal != null) {
            act(() -> office.groups().decline(proposal.id(), reason), "proposals.notify.declined", () -> { });
        }
    }

    public void withdraw(String reason) {
        WorkshopProposal proposal = selected.get();
        if (proposal != null) {
            act(() -> office.groups().withdraw(proposal.id(), reason), "proposals.notify.withdrawn", () -> { });
        }
    }

    private void act(Callable<WorkshopProposal> work, String notifyKey, Runnable onSaved) {
        errors.clear();
        saving.set(true);
        executor.run(work, done -> {
            saving.set(false);
            feedback.notify(localizer.get(notifyKey, done.title(localizer.language()),
                    done.eventTitle(localizer.language())));
            onSaved.run();
            load();
            selected.set(done);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                List<FieldError> elsewhere = errors.show(refusal);
                if (!elsewhere.isEmpty()) {
                    feedback.showError(new ValidationException(elsewhere));
                }
            } else {
                feedback.showError(failure);
            }
        });
    }

    public String groupName(WorkshopProposal proposal) {
        return page.groups().stream().filter(g -> g.id() == proposal.groupId()).findFirst()
                .map(g -> g.name(localizer.language())).orElse("");
    }

    public boolean canManage() {
        return page.canManage();
    }

    public ObservableList<Group> workingGroups() {
        return page.groups().filtered(g -> g.kind() == GroupKind.WORKING_GROUP);
    }

    public ObservableList<Organization> memberOrganizations() {
        return page.memberOrganizations();
    }

    public ObservableList<WorkshopProposal> proposals() {
        return proposals;
    }

    public FilteredList<WorkshopProposal> shown() {
        return shown;
    }

    public ObjectProperty<Event> consultationProperty() {
        return consultation;
    }

    public ObjectProperty<WorkshopProposal> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Event> formEventProperty() {
        return formEvent;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public ObjectProperty<Organization> organizerProperty() {
        return organizer;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public StringProperty endsAtProperty() {
        return endsAt;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
