package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Fee;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationChanges;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionChoice;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registration form: the person, the organization (a member organization, recognized by its name, or
 * free text), the rate (member or non-member by membership, or a special rate), the days and sessions,
 * the needs and the language. The fee is the service's quote, asked again at each change, never typed.
 * The same form changes an existing registration (not the person): its fee is quoted again only when the
 * rate or the days change, as the service's rule says; otherwise the amount due stays.
 */
public final class RegistrationFormViewModel {
    public static final List<String> FIELDS = List.of("fullName", "email", "phone", "organizationName",
            "rateCategory", "days", "sessions", "language", "accessibilityNeeds", "dietaryNeeds", "interpretation",
            "childcareNeeds");

    private final EventViewModel page;
    private final RegistrationService registrations;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final ObjectProperty<RateCategory> specialRate = new SimpleObjectProperty<>();
    private final ObservableSet<LocalDate> days = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<Long> sessions = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final StringProperty accessibilityNeeds = new SimpleStringProperty("");
    private final StringProperty dietaryNeeds = new SimpleStringProperty("");
    private final StringProperty interpretation = new SimpleStringProperty("");
    private final StringProperty childcareNeeds = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Organization> member = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RateCategory> specialRates = FXCollections.observableArrayList();
    private final ObservableList<Session> availableSessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Fee> fee = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Registration> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper feeKept = new ReadOnlyBooleanWrapper(false);
    private boolean changedSinceStart;
    private final ReadOnlyObjectWrapper<OfficeException> feeRefusal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;
    private final StringBinding organizationHint;
    private final StringBinding feeText;
    private final StringBinding feeDetail;
    private final StringBinding fullNotice;
    private final BooleanBinding dirty;
    private long quotes;

    RegistrationFormViewModel(EventViewModel page, RegistrationService registrations, TaskExecutor executor,
                              UserFeedback feedback, Localizer localizer) {
        this.page = page;
        this.registrations = registrations;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        organization.subscribe(typed -> member.set(page.membersProperty().get().named(typed).orElse(null)));
        page.membersProperty().addListener((observable, before, after) ->
                member.set(after.named(organization.get()).orElse(null)));
        member.addListener(observable -> quote());
        specialRate.addListener(observable -> quote());
        days.addListener((SetChangeListener<LocalDate>) change -> {
            showSessionsOfChosenDays();
            quote();
        });
        page.rates().addListener((ListChangeListener<RateCategory>) change ->
                specialRates.setAll(specialRatesOf(page.rates())));
        page.sessions().addListener((ListChangeListener<Session>) change -> showSessionsOfChosenDays());
        organizationHint = localizer.text(() -> member.get() != null
                ? localizer.get("registrations.form.memberRecognized", member.get().name())
                : organization.get().isBlank() ? localizer.get("registrations.form.organizationHint")
                : localizer.get("registrations.form.notAMember"), member, organization);
        feeText = localizer.text(() -> feeKept.get() ? localizer.money(editing.get().amountDueCents())
                : fee.get() == null ? "—" : localizer.money(fee.get().amountCents()), fee, feeKept, editing);
        feeDetail = localizer.text(this::feeDetail, fee, feeKept, feeRefusal, specialRate, member);
        fullNotice = localizer.text(() -> page.isFull() && editing.get() == null
                ? localizer.get("registrations.form.full") : "", page.registrations(), page.eventProperty(), editing);
        Observable[] inputs = {fullName, email, phone, organization, specialRate, days, sessions, accessibilityNeeds,
                dietaryNeeds, interpretation, childcareNeeds};
        for (Observable input : inputs) {
            input.addListener(observable -> changedSinceStart = true);
        }
        language.addListener(observable -> changedSinceStart = true);
        dirty = Bindings.createBooleanBinding(() -> editing.get() != null ? changedSinceStart : !fullName.get().isBlank() || !email.get().isBlank()
                || !phone.get().isBlank() || !organization.get().isBlank() || specialRate.get() != null
                || !days.isEmpty() || !sessions.isEmpty() || !accessibilityNeeds.get().isBlank()
                || !dietaryNeeds.get().isBlank() || !interpretation.get().isBlank()
                || !childcareNeeds.get().isBlank(), inputs);
    }

    /** An empty form for the event shown, in the language of the screen until staff choose. */
    public void start() {
        editing.set(null);
        fullName.set("");
        email.set("");
        phone.set("");
        organization.set("");
        specialRate.set(null);
        days.clear();
        sessions.clear();
        language.set(localizer.language());
        accessibilityNeeds.set("");
        dietaryNeeds.set("");
        interpretation.set("");
        childcareNeeds.set("");
        specialRates.setAll(specialRatesOf(page.rates()));
        showSessionsOfChosenDays();
        errors.clear();
        formMessage.set("");
        quote();
        changedSinceStart = false;
    }

    /** The form filled with an existing registration, to change it; its person stays as is. */
    public void startEditing(Registration registration, List<LocalDate> chosenDays, List<SessionChoice> chosenSessions) {
        editing.set(registration);
        fullName.set(registration.fullName());
        email.set(registration.email() == null ? "" : registration.email());
        phone.set("");
        organization.set(registration.organizationName() == null ? "" : registration.organizationName());
        specialRates.setAll(specialRatesOf(page.rates()));
        specialRate.set(registration.rateKind() == RateKind.SPECIAL ? page.rates().stream()
                .filter(rate -> rate.id() == registration.rateCategoryId()).findFirst().orElse(null) : null);
        days.clear();
        days.addAll(chosenDays);
        showSessionsOfChosenDays();
        sessions.clear();
        chosenSessions.forEach(choice -> sessions.add(choice.sessionId()));
        language.set(registration.language());
        accessibilityNeeds.set(orEmpty(registration.accessibilityNeeds()));
        dietaryNeeds.set(orEmpty(registration.dietaryNeeds()));
        interpretation.set(orEmpty(registration.interpretation()));
        childcareNeeds.set(orEmpty(registration.childcareNeeds()));
        errors.clear();
        formMessage.set("");
        quote();
        changedSinceStart = false;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Registers the person; {@code afterSaving} runs once saved (the dialog closes). */
    public void save(Runnable afterSaving) {
        Event event = page.event();
        if (saving.get() || event == null) {
            return;
        }
        Organization chosenMember = member.get();
        if (editing.get() != null) {
            saveChanges(editing.get(), chosenMember, afterSaving);
            return;
        }
        RegistrationDraft draft = new RegistrationDraft(
                new ContactDraft(fullName.get(), email.get(), phone.get(), language.get(), null, null),
                chosenMember == null ? null : chosenMember.id(),
                chosenMember == null ? organization.get() : null,
                specialRate.get() == null ? null : specialRate.get().id(), Set.copyOf(days), Set.copyOf(sessions),
                language.get(), accessibilityNeeds.get(), dietaryNeeds.get(), interpretation.get(),
                childcareNeeds.get(), null);
        saving.set(true);
        executor.run(() -> registrations.register(event.id(), draft), registered -> {
            saving.set(false);
            page.changed(registered);
            feedback.notify(registered.status() == RegistrationStatus.WAITLISTED
                    ? localizer.get("registrations.notify.waitlisted", registered.fullName())
                    : localizer.get("registrations.notify.registered", registered.fullName(),
                    localizer.money(registered.amountDueCents())));
            afterSaving.run();
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                showRefusal(refusal);
            } else {
                feedback.showError(failure);
            }
        });
    }

    private void saveChanges(Registration changing, Organization chosenMember, Runnable afterSaving) {
        RegistrationChanges changes = new RegistrationChanges(chosenMember == null ? null : chosenMember.id(),
                chosenMember == null ? organization.get() : null,
                specialRate.get() == null ? null : specialRate.get().id(), Set.copyOf(days), Set.copyOf(sessions),
                language.get(), accessibilityNeeds.get(), dietaryNeeds.get(), interpretation.get(),
                childcareNeeds.get());
        saving.set(true);
        executor.run(() -> registrations.update(changing.id(), changing.version(), changes), changed -> {
            saving.set(false);
            page.changed(changed);
            feedback.notify(localizer.get("registrations.notify.updated", changed.fullName(),
                    localizer.money(changed.amountDueCents())));
            afterSaving.run();
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                showRefusal(refusal);
            } else {
                feedback.showError(failure);
            }
        });
    }

    /** Names of member organizations containing what was typed; safe to call from any thread. */
    public List<String> suggestions(String typed) {
        return page.membersProperty().get().suggestions(typed);
    }

    private void quote() {
        Event event = page.event();
        if (event == null) {
            return;
        }
        long quote = ++quotes;
        Long memberId = member.get() == null ? null : member.get().id();
        Long rateId = specialRate.get() == null ? null : specialRate.get().id();
        Set<LocalDate> chosenDays = Set.copyOf(days);
        Registration changing = editing.get();
        executor.run(() -> changing == null
                ? Optional.of(registrations.quote(event.id(), memberId, rateId, chosenDays, null))
                : registrations.quoteChange(changing.id(), memberId, rateId, chosenDays), quoted -> {
            if (quote == quotes) {
                feeRefusal.set(null);
                fee.set(quoted.orElse(null));
                feeKept.set(quoted.isEmpty());
            }
        }, failure -> {
            if (quote != quotes) {
                return;
            }
            fee.set(null);
            feeKept.set(false);
            if (failure instanceof OfficeException refusal) {
                feeRefusal.set(refusal);
            } else {
                feedback.showError(failure);
            }
        });
    }

    private String feeDetail() {
        if (feeRefusal.get() != null) {
            return feeRefusal.get().localizedMessage(localizer.messages());
        }
        if (feeKept.get()) {
            return localizer.get("registrations.form.feeKept");
        }
        Fee quoted = fee.get();
        if (quoted == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(specialRate.get() != null ? specialRate.get().label(localizer.language())
                : localizer.get(member.get() != null ? "registrations.rateKind.MEMBER"
                : "registrations.rateKind.NON_MEMBER"));
        parts.add(quoted.fullEvent() ? localizer.get("registrations.form.wholeEvent")
                : localizer.plural("registrations.form.days", quoted.days(), quoted.days()));
        if (quoted.earlyBird()) {
            parts.add(localizer.get("registrations.form.earlyBird"));
        }
        if (quoted.freeForMembers()) {
            parts.add(localizer.get("registrations.form.freeForMembers"));
        }
        return String.join(" · ", parts);
    }

    private void showSessionsOfChosenDays() {
        List<Session> shown = page.sessions().stream()
                .filter(session -> days.isEmpty() || days.contains(session.day())).toList();
        availableSessions.setAll(shown);
        Set<Long> shownIds = shown.stream().map(Session::id).collect(Collectors.toSet());
        sessions.retainAll(shownIds);
    }

    private static List<RateCategory> specialRatesOf(List<RateCategory> rates) {
        return rates.stream().filter(rate -> rate.kind() == RateKind.SPECIAL).toList();
    }

    private void showRefusal(ValidationException refusal) {
        List<FieldError> elsewhere = errors.show(refusal);
        String heading = localizer.get("validation.invalidInput");
        formMessage.set(elsewhere.isEmpty() ? heading : heading + " " + elsewhere.stream()
                .map(error -> error.localizedMessage(localizer.messages())).collect(Collectors.joining(" ")));
    }

    /** The days of the event, to tick those attended (none ticked: the whole event). */
    public List<LocalDate> eventDays() {
        return page.event() == null ? List.of() : page.event().days();
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The organization as typed: a member's name (in either language) or free text. */
    public StringProperty organizationProperty() {
        return organization;
    }

    /** A special rate chosen by staff; null: the member or non-member rate, by membership. */
    public ObjectProperty<RateCategory> specialRateProperty() {
        return specialRate;
    }

    public ObservableSet<LocalDate> days() {
        return days;
    }

    public ObservableSet<Long> sessions() {
        return sessions;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty accessibilityNeedsProperty() {
        return accessibilityNeeds;
    }

    public StringProperty dietaryNeedsProperty() {
        return dietaryNeeds;
    }

    public StringProperty interpretationProperty() {
        return interpretation;
    }

    public StringProperty childcareNeedsProperty() {
        return childcareNeeds;
    }

    /** The member organization recognized in what was typed, or null. */
    public ReadOnlyObjectProperty<Organization> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ObservableList<RateCategory> specialRates() {
        return specialRates;
    }

    /** The sessions on the days chosen (all of them when no day is chosen). */
    public ObservableList<Session> availableSessions() {
        return availableSessions;
    }

    public ReadOnlyObjectProperty<Fee> feeProperty() {
        return fee.getReadOnlyProperty();
    }

    public StringBinding organizationHintProperty() {
        return organizationHint;
    }

    public StringBinding feeTextProperty() {
        return feeText;
    }

    public StringBinding feeDetailProperty() {
        return feeDetail;
    }

    /** Says, before saving, that the event is full and the person will wait for a place. */
    public StringBinding fullNoticeProperty() {
        return fullNotice;
    }

    /** The registration being changed; null while registering someone new. */
    public ReadOnlyObjectProperty<Registration> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
