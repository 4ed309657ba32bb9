package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditFilter;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.audit.AuditReading;
import ca.ccrweb.office.core.audit.AuditTrail;
import ca.ccrweb.office.desktop.common.BackgroundTask;
import ca.ccrweb.office.desktop.common.LatestRequest;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail, newest first, filtered in the database by words, outcome and period; the selected line's
 * values before and after, laid out to be read.
 */
public final class AuditTrailViewModel {
    /** The newest lines are what is looked for; a longer search narrows the filters. */
    static final int LIMIT = 1000;

    private final AuditTrail trail;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final ZoneId zone;

    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AuditOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private final Map<String, String> staffNames = new HashMap<>();
    private final ObjectBinding<AuditReading> reading;
    private final StringBinding sentence;
    private final ObservableList<AuditReading.FieldChange> changes = FXCollections.observableArrayList();
    private final LatestRequest<AuditFilter> loads = new LatestRequest<>();

    public AuditTrailViewModel(AuditTrail trail, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                               ZoneId zone) {
        this.trail = trail;
        this.executor = executor;
        this.feedback = feedback;
        this.zone = zone;
        this.countText = localizer.text(() -> entries.size() >= LIMIT
                ? localizer.get("administration.audit.count.limited", localizer.number(LIMIT))
                : localizer.plural("administration.audit.count", entries.size(), localizer.number(entries.size())),
                entries);
        this.reading = Bindings.createObjectBinding(() -> new AuditReading(localizer.messages(), zone,
                username -> staffNames.getOrDefault(username, username)), localizer.messagesProperty());
        this.sentence = Bindings.createStringBinding(() -> selected.get() == null ? ""
                : reading.get().sentence(selected.get()), selected, reading);
        selected.subscribe(entry -> showChanges());
        reading.subscribe(now -> showChanges());
        search.addListener((observable, before, after) -> load());
        outcome.addListener((observable, before, after) -> load());
        from.addListener((observable, before, after) -> load());
        to.addListener((observable, before, after) -> load());
    }

    /** Reads the lines matching the filters; only the latest filter's lines are shown. */
    public void load() {
        AuditFilter filter = filter();
        loads.run(filter, BackgroundTask.of(() -> Map.entry(trail.search(filter, LIMIT), trail.staffNames()))
                .onSuccess(read -> {
                    List<AuditEntry> found = read.getKey();
                    staffNames.putAll(read.getValue());
                    AuditEntry previouslySelected = selected.get();
                    entries.setAll(found);
                    selected.set(previouslySelected == null ? null : found.stream()
                            .filter(entry -> entry.id() == previouslySelected.id()).findFirst().orElse(null));
                })
                .onFailure(feedback::showError), executor);
    }

    public void clearFilters() {
        search.set("");
        outcome.set(null);
        from.set(null);
        to.set(null);
    }

    AuditFilter filter() {
        String text = search.get() == null || search.get().isBlank() ? null : search.get().strip();
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(text, outcome.get(), start, end);
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AuditOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    /** The line as staff read it in their language: who, what, which record, when, its fields. */
    public ObjectBinding<AuditReading> readingProperty() {
        return reading;
    }

    /** "Amina Haddad recorded a payment for the registration 1234, Dec 7, 2026, 2:03 PM." */
    public StringBinding sentenceProperty() {
        return sentence;
    }

    /** The selected line's fields, labelled, their values before and after translated; the changed ones first. */
    public ObservableList<AuditReading.FieldChange> changes() {
        return changes;
    }

    private void showChanges() {
        AuditEntry entry = selected.get();
        changes.setAll(entry == null ? List.of() : reading.get().changes(entry));
    }
}
