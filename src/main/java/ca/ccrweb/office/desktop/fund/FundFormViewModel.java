package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import com.ibm.icu.text.Collator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A new application to the fund: the applicant, the supporting member organization, stream, year, the
 * consultations it names and the amounts asked per expense with their justification. Messages show beside
 * each field; nothing is saved until all is right.
 */
public final class FundFormViewModel {
    public static final List<String> FIELDS = fields();

    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ObjectProperty<FundStream> stream = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final List<Contact> knownPeople = new ArrayList<>();
    private final StringProperty applicantHint = new SimpleStringProperty("");
    private final ObservableList<Event> available = FXCollections.observableArrayList();
    private final ObservableSet<Long> chosen = FXCollections.observableSet();
    private final Map<ExpenseLine, StringProperty> requested = new EnumMap<>(ExpenseLine.class);
    private final Map<ExpenseLine, StringProperty> justification = new EnumMap<>(ExpenseLine.class);
    private final FieldErrors errors;
    private final FormSubmission submission;
    private Consumer<FundApplication> onSaved = saved -> { };
    private Runnable onClose = () -> { };

    FundFormViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback, Localizer localizer) {
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        this.submission = FormSubmission.withMessage(errors, feedback, localizer);
        for (ExpenseLine expense : ExpenseLine.values()) {
            requested.put(expense, new SimpleStringProperty(""));
            justification.put(expense, new SimpleStringProperty(""));
        }
        year.subscribe(this::loadConsultations);
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("fullName", "email", "phone", "language", "organization",
                "province", "stream", "year", "consultations", "requested"));
        Arrays.stream(ExpenseLine.values()).forEach(expense -> {
            fields.add("requested." + expense.name());
            fields.add("justification." + expense.name());
        });
        return List.copyOf(fields);
    }

    /** An empty form for that year; the member organizations to choose from are read again. */
    public void startNew(int forYear) {
        fullName.set("");
        email.set("");
        phone.set("");
        language.set(null);
        organization.set(null);
        stream.set(FundStream.PARTICIPATION);
        province.set(null);
        chosen.clear();
        requested.values().forEach(text -> text.set(""));
        justification.values().forEach(text -> text.set(""));
        applicantHint.set("");
        submission.clear();
        year.set(null);
        year.set(forYear);
        executor.run(() -> office.membership().all().stream()
                        .filter(member -> member.status() == MembershipStatus.ACTIVE)
                        .sorted(Comparator.comparing(Organization::name, Collator.getInstance(Locale.CANADA_FRENCH))).toList(),
                organizations::setAll, feedback::showError);
        executor.run(() -> office.contacts().all(), known -> {
            knownPeople.clear();
            knownPeople.addAll(known);
        }, feedback::showError);
    }

    /**
     * The people already known (contacts, registrants of any event, earlier applicants) whose name or email
     * holds what was typed, accents and case aside; at most ten, nothing for fewer than two letters.
     */
    public List<Contact> applicantSuggestions(String typed) {
        String key = Texts.searchKey(typed == null ? "" : typed.strip());
        if (key.length() < 2) {
            return List.of();
        }
        Collator byName = Collator.getInstance(localizer.messages().locale());
        return knownPeople.stream()
                .filter(person -> Texts.searchKey(person.fullName()).contains(key)
                        || person.email() != null && Texts.searchKey(person.email()).contains(key))
                .sorted(Comparator.comparing(Contact::fullName, byName))
                .limit(10).toList();
    }

    /** How a known person is shown among the suggestions: the name, then the email or the organization. */
    public String describe(Contact person) {
        String organizationName = person.organizationId() == null ? person.organizationName()
                : organizations.stream().filter(member -> member.id() == person.organizationId())
                .map(Organization::name).findFirst().orElse(person.organizationName());
        List<String> parts = new ArrayList<>(List.of(person.fullName()));
        if (person.email() != null) {
            parts.add(person.email());
        }
        if (organizationName != null) {
            parts.add(organizationName);
        }
        return String.join(" · ", parts);
    }

    /**
     * Fills the applicant from a person already known, instead of typing them again: name, email, phone,
     * language, and the supporting organization when they belong to an active member. The application is then
     * linked to that person (found again by the email).
     */
    public void useApplicant(Contact person) {
        fullName.set(person.fullName());
        email.set(person.email() == null ? "" : person.email());
        phone.set(person.phone() == null ? "" : person.phone());
        language.set(person.language());
        if (person.organizationId() != null) {
            organizations.stream().filter(member -> member.id() == person.organizationId()).findFirst()
                    .ifPresent(organization::set);
        }
        applicantHint.set(localizer.get(person.email() == null ? "fund.form.knownWithoutEmail" : "fund.form.known",
                person.fullName()));
    }

    private void loadConsultations(Integer forYear) {
        chosen.clear();
        if (forYear == null) {
            available.clear();
            return;
        }
        executor.run(() -> office.fund().consultationsOf(forYear), available::setAll, feedback::showError);
    }

    public void save() {
        submission.clear();
        List<FieldError> typing = new ArrayList<>();
        List<RequestedLine> lines = new ArrayList<>();
        for (ExpenseLine expense : ExpenseLine.values()) {
            Money.Reading reading = Money.read("requested." + expense.name(), requested.get(expense).get(),
                    localizer.messages().locale());
            if (!reading.isValid()) {
                typing.add(reading.error());
            } else if (reading.cents() != null) {
                lines.add(new RequestedLine(expense, reading.cents(), justification.get(expense).get()));
            }
        }
        if (!typing.isEmpty()) {
            errors.show(new ValidationException(typing));
            return;
        }
        Organization supporting = organization.get();
        FundApplicationDraft draft = new FundApplicationDraft(new ContactDraft(fullName.get(), email.get(),
                phone.get(), language.get(), null, null), supporting == null ? null : supporting.id(), stream.get(),
                year.get(), province.get() != null ? province.get() : supporting == null ? null : supporting.province(),
                language.get(), available.stream().map(Event::id).filter(chosen::contains).toList(), lines, null);
        submission.submit(executor, () -> office.fund().apply(draft), saved -> {
            onClose.run();
            onSaved.accept(saved);
        });
    }

    void setOnSaved(Consumer<FundApplication> onSaved) {
        this.onSaved = onSaved;
    }

    /** What closes the dialog once the application is saved. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
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

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public ObjectProperty<FundStream> streamProperty() {
        return stream;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObservableList<Event> available() {
        return available;
    }

    /** The ids of the consultations ticked. */
    public ObservableSet<Long> chosen() {
        return chosen;
    }

    public StringProperty requestedProperty(ExpenseLine expense) {
        return requested.get(expense);
    }

    public StringProperty justificationProperty(ExpenseLine expense) {
        return justification.get(expense);
    }

    /** Says whose record the applicant was filled from, once a known person was chosen. */
    public ReadOnlyStringProperty applicantHintProperty() {
        return applicantHint;
    }

    public ReadOnlyStringProperty formMessageProperty() {
        return submission.messageProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    public Localizer localizer() {
        return localizer;
    }
}
