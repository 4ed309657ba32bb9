package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The event form: kind, titles in both languages, dates, place, capacity, deadlines and status, for a new
 * event or the event's details. Nothing is saved while the service refuses the input.
 */
public final class EventFormViewModel {
    public static final List<String> FIELDS = List.of("kind", "titleFr", "titleEn", "startsOn", "endsOn", "city",
            "venue", "capacity", "registrationDeadline", "earlyBirdDeadline", "status");

    private final EventService events;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>();
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> registrationDeadline = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> earlyBirdDeadline = new SimpleObjectProperty<>();
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(EventStatus.PLANNED);

    private final ReadOnlyObjectWrapper<Event> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Typed> saved = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;
    private final BooleanBinding dirty;

    private Consumer<Event> onSaved = event -> { };

    /** The form as typed, to tell whether it changed since it was loaded or saved. */
    private record Typed(EventKind kind, String titleFr, String titleEn, LocalDate startsOn, LocalDate endsOn,
                         String city, String venue, String capacity, LocalDate registrationDeadline,
                         LocalDate earlyBirdDeadline, EventStatus status) {
    }

    public EventFormViewModel(EventService events, TaskExecutor executor, UserFeedback feedback,
                              Localizer localizer) {
        this.events = events;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        Observable[] inputs = {kind, titleFr, titleEn, startsOn, endsOn, city, venue, capacity, registrationDeadline,
                earlyBirdDeadline, status, saved};
        this.dirty = Bindings.createBooleanBinding(() -> saved.get() != null && !typed().equals(saved.get()), inputs);
        startNew();
    }

    public void startNew() {
        editing.set(null);
        fill(new EventDraft(null, null, null, null, null, null, null, null, null, null, EventStatus.PLANNED));
    }

    public void edit(Event event) {
        editing.set(event);
        fill(event.toDraft());
    }

    public void revert() {
        Event event = editing.get();
        if (event == null) {
            startNew();
        } else {
            edit(event);
        }
    }

    public void save() {
        save(() -> { });
    }

    /** Saves, then runs {@code afterSaving} (a dialog closes itself) once the event is saved. */
    public void save(Runnable afterSaving) {
        if (saving.get()) {
            return;
        }
        List<FieldError> typingErrors = new ArrayList<>();
        Integer places = NumberInput.wholeNumber("capacity", capacity.get(),
                localizer.messages().locale(), typingErrors);
        EventDraft draft = new EventDraft(kind.get(), titleFr.get(), titleEn.get(), startsOn.get(), endsOn.get(),
                city.get(), venue.get(), places, registrationDeadline.get(), earlyBirdDeadline.get(), status.get());
        Event current = editing.get();
        BackgroundTask.of(() -> {
            NumberInput.throwIfAny(typingErrors);
            return current == null ? events.create(draft) : events.update(current.id(), current.version(), draft);
        }).onRunning(() -> saving.set(true)).onFinished(() -> saving.set(false)).onSuccess(event -> {
            edit(event);
            onSaved.accept(event);
            afterSaving.run();
        }).onFailure(failure -> {
            if (failure instanceof ValidationException refusal) {
                showRefusal(refusal);
            } else {
                feedback.showError(failure);
            }
        }).executeWith(executor);
    }

    public void setOnSaved(Consumer<Event> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    private void fill(EventDraft draft) {
        kind.set(draft.kind());
        titleFr.set(text(draft.titleFr()));
        titleEn.set(text(draft.titleEn()));
        startsOn.set(draft.startsOn());
        endsOn.set(draft.endsOn());
        city.set(text(draft.city()));
        venue.set(text(draft.venue()));
        capacity.set(draft.capacity() == null ? "" : Integer.toString(draft.capacity()));
        registrationDeadline.set(draft.registrationDeadline());
        earlyBirdDeadline.set(draft.earlyBirdDeadline());
        status.set(draft.status());
        errors.clear();
        formMessage.set("");
        saved.set(typed());
    }

    private Typed typed() {
        return new Typed(kind.get(), titleFr.get(), titleEn.get(), startsOn.get(), endsOn.get(), city.get(),
                venue.get(), capacity.get(), registrationDeadline.get(), earlyBirdDeadline.get(), status.get());
    }

    private void showRefusal(ValidationException refusal) {
        List<FieldError> elsewhere = errors.show(refusal);
        String heading = localizer.get("validation.invalidInput");
        formMessage.set(elsewhere.isEmpty() ? heading : heading + " " + elsewhere.stream()
                .map(error -> error.localizedMessage(localizer.messages())).collect(Collectors.joining(" ")));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public ObjectProperty<LocalDate> registrationDeadlineProperty() {
        return registrationDeadline;
    }

    public ObjectProperty<LocalDate> earlyBirdDeadlineProperty() {
        return earlyBirdDeadline;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The event being edited, or null for a new one. */
    public ReadOnlyObjectProperty<Event> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public boolean isCreating() {
        return editing.get() == null;
    }
}
