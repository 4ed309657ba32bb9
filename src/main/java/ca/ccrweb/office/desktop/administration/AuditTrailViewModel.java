package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditFilter;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.audit.AuditTrail;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
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
    private final StringBinding beforeText;
    private final StringBinding afterText;
    private boolean loading;
    private boolean loadAgain;

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
        this.beforeText = localizer.text(() -> selected.get() == null ? ""
                : JsonLayout.readable(selected.get().before()), selected);
        this.afterText = localizer.text(() -> selected.get() == null ? ""
                : JsonLayout.readable(selected.get().after()), selected);
        search.addListener((observable, before, after) -> load());
        outcome.addListener((observable, before, after) -> load());
        from.addListener((observable, before, after) -> load());
        to.addListener((observable, before, after) -> load());
    }

    /** Reads the lines matching the filters; a change of filter while reading reads again after. */
    public void load() {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        AuditFilter filter = filter();
        executor.run(() -> trail.search(filter, LIMIT), found -> {
            loading = false;
            if (loadAgain) {
                loadAgain = false;
                load();
                return;
            }
            AuditEntry previouslySelected = selected.get();
            entries.setAll(found);
            selected.set(previouslySelected == null ? null : found.stream()
                    .filter(entry -> entry.id() == previouslySelected.id()).findFirst().orElse(null));
        }, failure -> {
            loading = false;
            loadAgain = false;
            feedback.showError(failure);
        });
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

    public StringBinding beforeTextProperty() {
        return beforeText;
    }

    public StringBinding afterTextProperty() {
        return afterText;
    }
}
