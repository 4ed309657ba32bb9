package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the fee schedule: member, non-member or a special rate staff name (refugee or newcomer,
 * youth, student...), its labels in both languages, and its amounts in dollars as typed ("250", "12.50",
 * "12,50"), read into cents here. An amount that cannot be read, or is negative, is said beside its field.
 */
public final class RateFormViewModel {
    public static final List<String> FIELDS = List.of("kind", "labelFr", "labelEn", "fullEventCents", "perDayCents",
            "earlyFullEventCents", "earlyPerDayCents");

    private final EventViewModel page;
    private final EventService events;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ReadOnlyObjectWrapper<RateCategory> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RateKind> kind = new SimpleObjectProperty<>();
    private final StringProperty labelFr = new SimpleStringProperty("");
    private final StringProperty labelEn = new SimpleStringProperty("");
    private final StringProperty fullEvent = new SimpleStringProperty("");
    private final StringProperty perDay = new SimpleStringProperty("");
    private final StringProperty earlyFullEvent = new SimpleStringProperty("");
    private final StringProperty earlyPerDay = new SimpleStringProperty("");
    private final FormSubmission submission;
    private final FieldErrors errors;

    RateFormViewModel(EventViewModel page, EventService events, TaskExecutor executor, UserFeedback feedback,
                      Localizer localizer) {
        this.page = page;
        this.events = events;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
    }

    /** A new rate: the member or non-member rate while the schedule lacks one, a special rate after. */
    public void startNew() {
        editing.set(null);
        List<RateKind> present = page.rates().stream().map(RateCategory::kind).toList();
        kind.set(!present.contains(RateKind.MEMBER) ? RateKind.MEMBER
                : !present.contains(RateKind.NON_MEMBER) ? RateKind.NON_MEMBER : RateKind.SPECIAL);
        labelFr.set("");
        labelEn.set("");
        fullEvent.set("");
        perDay.set("");
        earlyFullEvent.set("");
        earlyPerDay.set("");
        errors.clear();
    }

    public void edit(RateCategory rate) {
        Locale locale = localizer.messages().locale();
        editing.set(rate);
        kind.set(rate.kind());
        labelFr.set(rate.labelFr());
        labelEn.set(rate.labelEn());
        fullEvent.set(Money.typed(rate.fullEventCents(), locale));
        perDay.set(Money.typed(rate.perDayCents(), locale));
        earlyFullEvent.set(Money.typed(rate.earlyFullEventCents(), locale));
        earlyPerDay.set(Money.typed(rate.earlyPerDayCents(), locale));
        errors.clear();
    }

    public void save(Runnable afterSaving) {
        Event event = page.event();
        if (submission.busyProperty().get() || event == null) {
            return;
        }
        List<FieldError> typingErrors = new ArrayList<>();
        RateCategoryDraft draft = new RateCategoryDraft(kind.get(), labelFr.get(), labelEn.get(),
                NumberInput.cents("fullEventCents", fullEvent.get(), localizer.messages().locale(), typingErrors),
                NumberInput.cents("perDayCents", perDay.get(), localizer.messages().locale(), typingErrors),
                NumberInput.cents("earlyFullEventCents", earlyFullEvent.get(),
                        localizer.messages().locale(), typingErrors),
                NumberInput.cents("earlyPerDayCents", earlyPerDay.get(), localizer.messages().locale(), typingErrors));
        RateCategory current = editing.get();
        submission.submit(executor, () -> {
            NumberInput.throwIfAny(typingErrors);
            RateCategory saved = current == null ? events.addRate(event.id(), draft)
                    : events.updateRate(current.id(), current.version(), draft);
            return new Saved(saved, events.rates(event.id()));
        }, saved -> {
            page.ratesChanged(saved.schedule());
            feedback.notify(localizer.get(current == null ? "events.rate.notify.added" : "events.rate.notify.saved",
                    saved.rate().label(localizer.language())));
            afterSaving.run();
        });
    }

    private record Saved(RateCategory rate, List<RateCategory> schedule) {
    }

    /** The rate being changed, or null for a new one; a rate's kind is not changed once made. */
    public ReadOnlyObjectProperty<RateCategory> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<RateKind> kindProperty() {
        return kind;
    }

    public StringProperty labelFrProperty() {
        return labelFr;
    }

    public StringProperty labelEnProperty() {
        return labelEn;
    }

    public StringProperty fullEventProperty() {
        return fullEvent;
    }

    public StringProperty perDayProperty() {
        return perDay;
    }

    public StringProperty earlyFullEventProperty() {
        return earlyFullEvent;
    }

    public StringProperty earlyPerDayProperty() {
        return earlyPerDay;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }
}
