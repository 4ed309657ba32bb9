package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationFilter;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checking people in at the door: type a few letters of a name, email or organization, and Enter marks
 * the person selected (or the first found) as attended; the last one can be undone. The counts say how
 * many of the people holding a place have arrived.
 */
public final class CheckInViewModel {
    private final EventViewModel page;
    private final RegistrationService registrations;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Registration> results = FXCollections.observableArrayList();
    private final ObjectProperty<Registration> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Registration> lastCheckedIn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsWarning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringBinding countText;
    private final DoubleBinding arrived;
    private final BooleanBinding canUndo;
    private final StringBinding notTodayText;

    CheckInViewModel(EventViewModel page, RegistrationService registrations, TaskExecutor executor,
                     UserFeedback feedback, Localizer localizer) {
        this.page = page;
        this.registrations = registrations;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        search.addListener(observable -> find());
        page.indexProperty().addListener(observable -> find());
        countText = localizer.text(() -> localizer.get("checkin.count", localizer.number(attended()),
                localizer.number(expected())), page.registrations());
        arrived = Bindings.createDoubleBinding(() -> expected() == 0 ? 0 : (double) attended() / expected(),
                page.registrations());
        canUndo = lastCheckedIn.isNotNull().and(working.not());
        notTodayText = localizer.text(this::notToday, page.eventProperty());
        page.eventProperty().addListener(observable -> {
            lastCheckedIn.set(null);
            message.set("");
            search.set("");
        });
    }

    /** The people matching what was typed, by name; cancelled registrations are left out. */
    private void find() {
        Registration previouslySelected = selected.get();
        RegistrationIndex index = page.indexProperty().get();
        List<Registration> found = new ArrayList<>();
        for (Registration registration : index.matching(RegistrationFilter.Criteria.text(search.get()))) {
            if (registration.status() != RegistrationStatus.CANCELLED) {
                found.add(registration);
            }
        }
        found.sort(index.byName());
        results.setAll(found);
        selected.set(previouslySelected == null ? null : found.stream()
                .filter(registration -> registration.id() == previouslySelected.id()).findFirst().orElse(null));
    }

    /** Marks the person selected, or else the first found, as attended. */
    public void checkInSelectedOrFirst() {
        Registration person = selected.get() != null ? selected.get() : results.isEmpty() ? null : results.getFirst();
        if (person == null || working.get()) {
            return;
        }
        if (person.status() == RegistrationStatus.ATTENDED) {
            say(localizer.get("checkin.message.already", person.fullName(), localizer.time(person.checkedInAt())),
                    true);
            return;
        }
        working.set(true);
        executor.run(() -> registrations.checkIn(person.id()), checkedIn -> {
            working.set(false);
            page.changed(checkedIn);
            lastCheckedIn.set(checkedIn);
            String arrived = localizer.get("checkin.message.checkedIn", checkedIn.fullName(),
                    localizer.time(checkedIn.checkedInAt()));
            long owed = checkedIn.owedCents();
            say(owed == 0 ? arrived : localizer.get("checkin.message.owes", arrived, localizer.money(owed)),
                    owed > 0);
            search.set("");
            selected.set(null);
        }, this::refused);
    }

    /** Puts the last person checked in back to registered, as if they had not arrived. */
    public void undo() {
        Registration person = lastCheckedIn.get();
        if (person == null || working.get()) {
            return;
        }
        working.set(true);
        executor.run(() -> registrations.undoCheckIn(person.id()), undone -> {
            working.set(false);
            page.changed(undone);
            lastCheckedIn.set(null);
            say(localizer.get("checkin.message.undone", undone.fullName()), false);
        }, this::refused);
    }

    /** A warning when the event does not take place today: people are marked attended only at the door. */
    private String notToday() {
        Event event = page.eventProperty().get();
        LocalDate today = page.today();
        if (event == null || !(today.isBefore(event.startsOn()) || today.isAfter(event.endsOn()))) {
            return "";
        }
        return localizer.get("checkin.notToday", localizer.date(event.startsOn()), localizer.date(event.endsOn()));
    }

    private void refused(Throwable failure) {
        working.set(false);
        if (failure instanceof OfficeException refusal) {
            say(refusal.localizedMessage(localizer.messages()), true);
        } else {
            feedback.showError(failure);
        }
    }

    private void say(String text, boolean warning) {
        messageIsWarning.set(warning);
        message.set(text);
    }

    private long attended() {
        return page.registrations().stream()
                .filter(registration -> registration.status() == RegistrationStatus.ATTENDED).count();
    }

    private long expected() {
        return page.registrations().stream().filter(registration -> registration.status().holdsAPlace()).count();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Registration> results() {
        return results;
    }

    public ObjectProperty<Registration> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Registration> lastCheckedInProperty() {
        return lastCheckedIn.getReadOnlyProperty();
    }

    /** What the last keystroke did: "Amina Haddad checked in at 9:12.", or why it could not be done. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsWarningProperty() {
        return messageIsWarning.getReadOnlyProperty();
    }

    /** "212 of 450 checked in". */
    public StringBinding countTextProperty() {
        return countText;
    }

    /** The share of the people holding a place who have arrived, from 0 to 1. */
    public DoubleBinding arrivedProperty() {
        return arrived;
    }

    /** Empty on the event's days; otherwise says the event is not today. */
    public StringBinding notTodayTextProperty() {
        return notTodayText;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** Whether the person arrived today, by the office's clock (an event may last several days). */
    public boolean arrivedToday(Registration person) {
        return person.checkedInAt() != null
                && LocalDate.ofInstant(person.checkedInAt(), page.clock().getZone()).equals(page.today());
    }
}
