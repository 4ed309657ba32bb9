package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PlaceCount;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events the office runs, latest first, with their places taken and waiting lists; search and filters
 * by kind and status; a new event; and the page of the event opened.
 */
public final class EventsViewModel {
    private final EventService events;
    private final RegistrationService registrations;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final EventViewModel eventPage;
    private final EventFormViewModel newEvent;

    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<EventRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Event> opened = new ReadOnlyObjectWrapper<>();
    private final StringBinding countText;

    public EventsViewModel(EventService events, RegistrationService registrations, TaskExecutor executor,
                           UserFeedback feedback, Localizer localizer, EventViewModel eventPage,
                           EventFormViewModel newEvent) {
        this.events = events;
        this.registrations = registrations;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.eventPage = eventPage;
        this.newEvent = newEvent;
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, kind, status));
        countText = localizer.text(() -> localizer.plural("events.count", rows.size(), shown.size(), rows.size()),
                shown, rows);
        newEvent.setOnSaved(this::created);
    }

    private record Loaded(List<Event> events, Map<Long, PlaceCount> places) {
    }

    public void load() {
        executor.run(() -> new Loaded(events.all(), registrations.placesByEvent()), loaded -> {
            EventRow previouslySelected = selected.get();
            rows.setAll(loaded.events().stream()
                    .map(event -> new EventRow(event, loaded.places().getOrDefault(event.id(), PlaceCount.NONE)))
                    .toList());
            selected.set(previouslySelected == null ? null : rows.stream()
                    .filter(row -> row.id() == previouslySelected.id()).findFirst().orElse(null));
        }, feedback::showError);
    }

    /**
     * Follows the other workstations (PostgreSQL): an event or a registration changed elsewhere reads the list and
     * its places again, keeping the selection and the filters. Closing the result stops following.
     */
    public AutoCloseable follow(ChangeFeed changes) {
        return OtherWorkstations.follow(changes, executor, Set.of("event", "registration"), this::load);
    }

    /** Opens the event's page on its registrations. */
    public void open(Event event) {
        eventPage.open(event, EventViewModel.Tab.REGISTRATIONS);
        opened.set(event);
    }

    /** Back to the list, with the counts brought up to date. */
    public void close() {
        opened.set(null);
        eventPage.close();
        load();
    }

    /** An empty event form, in a dialog over the list. */
    public void startNewEvent() {
        newEvent.startNew();
    }

    private void created(Event event) {
        feedback.notify(localizer.get("events.notify.created", event.title(localizer.language())));
        rows.addFirst(new EventRow(event, PlaceCount.NONE));
        eventPage.open(event, EventViewModel.Tab.DETAILS);
        opened.set(event);
    }

    public void clearFilters() {
        search.set("");
        kind.set(null);
        status.set(null);
    }

    private Predicate<EventRow> filter() {
        EventKind kindWanted = kind.get();
        EventStatus statusWanted = status.get();
        String[] words = Texts.searchKey(search.get()).strip().split("\\s+");
        return row -> (kindWanted == null || row.event().kind() == kindWanted)
                && (statusWanted == null || row.event().status() == statusWanted)
                && matches(row.event(), words);
    }

    private static boolean matches(Event event, String[] words) {
        if (words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        String haystack = Texts.searchKey(event.titleFr() + "\n" + event.titleEn() + "\n"
                + (event.city() == null ? "" : event.city()) + "\n" + (event.venue() == null ? "" : event.venue()));
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    public ObservableList<EventRow> rows() {
        return rows;
    }

    public FilteredList<EventRow> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<EventRow> selectedProperty() {
        return selected;
    }

    /** The event whose page is shown, or null while the list is shown. */
    public ReadOnlyObjectProperty<Event> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public EventViewModel eventPage() {
        return eventPage;
    }

    public EventFormViewModel newEvent() {
        return newEvent;
    }
}
