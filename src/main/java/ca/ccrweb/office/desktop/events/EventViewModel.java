package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page of one event: the event, its registrations (loaded once, off the FX thread, with their search
 * and sort keys), its programme and fee schedule, shared by the tabs: registrations, check-in, details,
 * programme, fee schedule and dashboard. A change made in one tab shows in the others.
 */
public final class EventViewModel {
    /** The tabs of the event's page. */
    public enum Tab { REGISTRATIONS, CHECK_IN, DETAILS, PROGRAMME, FEES, DASHBOARD }

    private final EventService events;
    private final RegistrationService registrationService;
    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Registration> registrations = FXCollections.observableArrayList();
    private final ObservableList<Registration> registrationsShared =
            FXCollections.unmodifiableObservableList(registrations);
    private final ReadOnlyObjectWrapper<RegistrationIndex> index = new ReadOnlyObjectWrapper<>(RegistrationIndex.EMPTY);
    private final ObservableList<Session> sessions = FXCollections.observableArrayList();
    private final ObservableList<RateCategory> rates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MemberNames> members = new ReadOnlyObjectWrapper<>(MemberNames.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.REGISTRATIONS);
    private final StringBinding title;
    private final StringBinding facts;
    private final LatestRequest<Long> loads = new LatestRequest<>();
    /** Held here: the localizer keeps its listener only weakly (see {@link Localizer#whenSwitched}). */
    private final Subscription languageSwitches;
    private final Clock clock;

    private final RegistrationsViewModel registrationList;
    private final RegistrationFormViewModel registrationForm;
    private final CheckInViewModel checkIn;
    private final ProgrammeViewModel programme;
    private final FeeScheduleViewModel feeSchedule;
    private final EventDashboardViewModel dashboard;
    private final EventFormViewModel details;

    public EventViewModel(EventService events, RegistrationService registrationService, PaymentService payments,
                          MembershipService membership, TaskExecutor executor, UserFeedback feedback,
                          Localizer localizer, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.registrationService = registrationService;
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.title = localizer.text(() -> event.get() == null ? "" : event.get().title(localizer.language()), event);
        this.facts = localizer.text(() -> event.get() == null ? "" : EventTexts.facts(localizer, event.get()), event);
        this.registrationList = new RegistrationsViewModel(this, registrationService, payments, executor, feedback,
                localizer);
        this.registrationForm = new RegistrationFormViewModel(this, registrationService, executor, feedback,
                localizer);
        this.checkIn = new CheckInViewModel(this, registrationService, executor, feedback, localizer);
        this.details = new EventFormViewModel(events, executor, feedback, localizer);
        this.programme = new ProgrammeViewModel(this, events, executor, feedback, localizer);
        this.feeSchedule = new FeeScheduleViewModel(this, events, executor, feedback, localizer);
        this.dashboard = new EventDashboardViewModel(this, localizer);
        details.setOnSaved(saved -> {
            event.set(saved);
            feedback.notify(localizer.get("events.notify.saved", saved.title(localizer.language())));
        });
        this.languageSwitches = localizer.whenSwitched(after -> {
            if (!index.get().locale().equals(after.locale())) {
                index.set(RegistrationIndex.of(registrations, after.locale()));
            }
        });
    }

    private record Loaded(Event event, List<Registration> registrations, RegistrationIndex index,
                          List<Session> sessions, List<RateCategory> rates, MemberNames members) {
    }

    /** Shows an event's page on one of its tabs and loads what the tabs show. */
    public void open(Event opened, Tab shownFirst) {
        event.set(opened);
        tab.set(shownFirst);
        registrations.clear();
        index.set(RegistrationIndex.EMPTY);
        sessions.clear();
        rates.clear();
        details.edit(opened);
        reload();
    }

    /** Reads the event and all its registrations again. */
    public void reload() {
        Event current = event.get();
        if (current == null) {
            return;
        }
        Locale locale = localizer.messages().locale();
        loads.run(current.id(), BackgroundTask.of(() -> {
            Event fresh = events.find(current.id()).orElse(current);
            List<Registration> rows = registrationService.ofEvent(current.id());
            MemberNames members = new MemberNames(membership.all().stream()
                    .filter(organization -> organization.status() == MembershipStatus.ACTIVE).toList());
            return new Loaded(fresh, rows, RegistrationIndex.of(rows, locale), events.sessions(current.id()),
                    events.rates(current.id()), members);
        }).onRunning(() -> loading.set(true)).onFinished(() -> loading.set(false)).onSuccess(loaded -> {
            event.set(loaded.event());
            if (!details.isDirty()) {
                details.edit(loaded.event());
            }
            sessions.setAll(loaded.sessions());
            rates.setAll(loaded.rates());
            members.set(loaded.members());
            registrations.setAll(loaded.registrations());
            index.set(loaded.index().locale().equals(localizer.messages().locale()) ? loaded.index()
                    : RegistrationIndex.of(loaded.registrations(), localizer.messages().locale()));
        }).onFailure(feedback::showError), executor);
    }

    /**
     * Follows the other workstations (PostgreSQL): while an event is open, a change elsewhere to it, its
     * registrations, sessions or rates reads it again, keeping the registration selected, the filters and the
     * details form's unsaved typing. Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return OtherWorkstations.follow(changes, executor,
                Set.of("event", "registration", "event_session", "rate_category"), this::reload);
    }

    /** Leaves the page: nothing of the event stays in memory. */
    public void close() {
        loads.forget();
        event.set(null);
        registrations.clear();
        index.set(RegistrationIndex.EMPTY);
        sessions.clear();
        rates.clear();
        members.set(MemberNames.NONE);
        loading.set(false);
    }

    /** A registration changed or was added in one of the tabs. */
    void changed(Registration registration) {
        if (event.get() == null || registration.eventId() != event.get().id()) {
            return;
        }
        boolean replaced = false;
        for (int i = 0; i < registrations.size(); i++) {
            if (registrations.get(i).id() == registration.id()) {
                registrations.set(i, registration);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            registrations.add(registration);
        }
        index.set(index.get().with(registration));
    }

    void sessionsChanged(List<Session> changed) {
        sessions.setAll(changed);
    }

    void ratesChanged(List<RateCategory> changed) {
        rates.setAll(changed);
    }

    /** Whether every place is taken, so that a new registration waits for one. */
    public boolean isFull() {
        Event current = event.get();
        if (current == null || current.capacity() == null) {
            return false;
        }
        long taken = registrations.stream().filter(registration -> registration.status().holdsAPlace()).count();
        return taken >= current.capacity();
    }

    public ReadOnlyObjectProperty<Event> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public Event event() {
        return event.get();
    }

    /** Every registration of the event, in the order they were taken. */
    public ObservableList<Registration> registrations() {
        return registrationsShared;
    }

    ReadOnlyObjectProperty<RegistrationIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObservableList<Session> sessions() {
        return sessions;
    }

    public ObservableList<RateCategory> rates() {
        return rates;
    }

    /** The active member organizations, for the registration form and the workshop organizers. */
    ReadOnlyObjectProperty<MemberNames> membersProperty() {
        return members.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding factsProperty() {
        return facts;
    }

    public RegistrationsViewModel registrationList() {
        return registrationList;
    }

    public RegistrationFormViewModel registrationForm() {
        return registrationForm;
    }

    public CheckInViewModel checkIn() {
        return checkIn;
    }

    public ProgrammeViewModel programme() {
        return programme;
    }

    public FeeScheduleViewModel feeSchedule() {
        return feeSchedule;
    }

    public EventDashboardViewModel dashboard() {
        return dashboard;
    }

    public EventFormViewModel details() {
        return details;
    }

    /** Today, by the office's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
