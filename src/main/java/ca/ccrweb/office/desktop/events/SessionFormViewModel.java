package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionDraft;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One session of the programme: its kind, titles, the working group meeting or the member organizing the
 * workshop, the day, times typed as "9:30" or "14 h", the room and the seats. Times and seats that cannot be
 * read are said beside their field before the service is asked.
 */
public final class SessionFormViewModel {
    public static final List<String> FIELDS = List.of("kind", "titleFr", "titleEn", "workingGroup", "organizer", "day",
            "startsAt", "endsAt", "room", "capacity");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final EventViewModel page;
    private final EventService events;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ReadOnlyObjectWrapper<Session> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>();
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final ObjectProperty<WorkingGroup> workingGroup = new SimpleObjectProperty<>();
    private final StringProperty organizer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final StringProperty endsAt = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final BooleanBinding workingGroupMeeting = Bindings.equal(SessionKind.WORKING_GROUP_MEETING, kind);
    private final BooleanBinding workshop = Bindings.equal(SessionKind.WORKSHOP, kind);
    private final FormSubmission submission;
    private final FieldErrors errors;

    SessionFormViewModel(EventViewModel page, EventService events, TaskExecutor executor, UserFeedback feedback,
                         Localizer localizer) {
        this.page = page;
        this.events = events;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
    }

    /** An empty session on the event's first day. */
    public void startNew() {
        editing.set(null);
        kind.set(null);
        titleFr.set("");
        titleEn.set("");
        workingGroup.set(null);
        organizer.set("");
        day.set(page.event() == null ? null : page.event().startsOn());
        startsAt.set("");
        endsAt.set("");
        room.set("");
        capacity.set("");
        errors.clear();
    }

    public void edit(Session session) {
        editing.set(session);
        kind.set(session.kind());
        titleFr.set(session.titleFr());
        titleEn.set(session.titleEn());
        workingGroup.set(session.workingGroup());
        organizer.set(page.membersProperty().get().withId(session.organizerOrganizationId())
                .map(Organization::name).orElse(""));
        day.set(session.day());
        startsAt.set(session.startsAt() == null ? "" : TIME.format(session.startsAt()));
        endsAt.set(session.endsAt() == null ? "" : TIME.format(session.endsAt()));
        room.set(session.room() == null ? "" : session.room());
        capacity.set(session.capacity() == null ? "" : Integer.toString(session.capacity()));
        errors.clear();
    }

    public void save(Runnable afterSaving) {
        Event event = page.event();
        if (submission.busyProperty().get() || event == null) {
            return;
        }
        List<FieldError> typingErrors = new ArrayList<>();
        LocalTime starts = NumberInput.time("startsAt", startsAt.get(), typingErrors);
        LocalTime ends = NumberInput.time("endsAt", endsAt.get(), typingErrors);
        Integer seats = NumberInput.wholeNumber("capacity", capacity.get(),
                localizer.messages().locale(), typingErrors);
        Long organizerId = null;
        if (kind.get() == SessionKind.WORKSHOP && !Texts.isBlank(organizer.get())) {
            organizerId = page.membersProperty().get().named(organizer.get()).map(Organization::id).orElse(null);
            if (organizerId == null) {
                typingErrors.add(new FieldError("organizer", "events.session.organizerNotMember"));
            }
        }
        SessionDraft draft = new SessionDraft(kind.get(), titleFr.get(), titleEn.get(), workingGroup.get(),
                organizerId, day.get(), starts, ends, room.get(), seats);
        Session current = editing.get();
        submission.submit(executor, () -> {
            NumberInput.throwIfAny(typingErrors);
            Session saved = current == null ? events.addSession(event.id(), draft)
                    : events.updateSession(current.id(), current.version(), draft);
            return new Saved(saved, events.sessions(event.id()));
        }, saved -> {
            page.sessionsChanged(saved.programme());
            feedback.notify(localizer.get("events.session.notify.saved", saved.session().title(localizer.language())));
            afterSaving.run();
        });
    }

    private record Saved(Session session, List<Session> programme) {
    }

    /** Names of member organizations containing what was typed; safe to call from any thread. */
    public List<String> suggestions(String typed) {
        return page.membersProperty().get().suggestions(typed);
    }

    public List<LocalDate> eventDays() {
        return page.event() == null ? List.of() : page.event().days();
    }

    public ReadOnlyObjectProperty<Session> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public ObjectProperty<WorkingGroup> workingGroupProperty() {
        return workingGroup;
    }

    /** The member organizing a workshop, by name. */
    public StringProperty organizerProperty() {
        return organizer;
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

    /** Whether the session is a working group meeting, which names its group. */
    public BooleanBinding workingGroupMeetingProperty() {
        return workingGroupMeeting;
    }

    /** Whether the session is a workshop, which names the member organizing it. */
    public BooleanBinding workshopProperty() {
        return workshop;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }
}
