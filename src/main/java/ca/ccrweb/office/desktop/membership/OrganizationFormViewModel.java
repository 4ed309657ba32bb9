package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.ApplicationReceipt;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
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
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The organization form, for a new membership application or to edit an organization. Nothing is saved
 * while the service refuses the input: its messages land beside the fields.
 */
public final class OrganizationFormViewModel {
    public static final List<String> FIELDS = List.of("name", "nameOtherLanguage", "email", "phone", "website",
            "streetAddress", "city", "postalCode", "province", "language", "notes", "receivedOn", "contactName",
            "contactEmail");

    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameOtherLanguage = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty streetAddress = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObservableSet<ServiceOffered> services =
            FXCollections.observableSet(EnumSet.noneOf(ServiceOffered.class));
    private final ObservableSet<Clientele> clienteles = FXCollections.observableSet(EnumSet.noneOf(Clientele.class));
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final StringProperty contactName = new SimpleStringProperty("");
    private final StringProperty contactEmail = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Organization> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OrganizationDraft> savedDraft = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrganizationDraft> typedBeforeReload = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;
    private final BooleanBinding dirty;
    private final StringBinding title;

    private final Clock clock;
    private Consumer<Organization> onSaved = organization -> { };

    public OrganizationFormViewModel(MembershipService membership, TaskExecutor executor, UserFeedback feedback,
                                     Localizer localizer, Clock clock) {
        this.membership = membership;
        this.clock = clock;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = new FieldErrors(localizer, FIELDS);
        Observable[] inputs = {name, nameOtherLanguage, email, phone, website, streetAddress, city, postalCode,
                province, language, services, clienteles, notes, savedDraft};
        this.dirty = Bindings.createBooleanBinding(() -> savedDraft.get() != null && !draft().equals(savedDraft.get()),
                inputs);
        this.title = localizer.text(() -> creating.get() ? localizer.get("organizationForm.title.new")
                : editing.get() == null ? "" : editing.get().name(), creating, editing);
        startNew();
    }

    /** An empty form for a new membership application. */
    public void startNew() {
        creating.set(true);
        editing.set(null);
        fill(new OrganizationDraft(null, null, null, null, null, null, null, null, null, null, Set.of(), Set.of(),
                null));
        receivedOn.set(today());
        contactName.set("");
        contactEmail.set("");
    }

    public void edit(Organization organization) {
        creating.set(false);
        editing.set(organization);
        conflict.set("");
        typedBeforeReload.set(null);
        comparison.set("");
        fill(organization.toDraft());
    }

    /**
     * After a save refused because someone changed the organization since it was opened: the organization as it is
     * now fills the form, and what was typed is kept beside it ({@link #comparisonProperty()}) to compare or put back.
     */
    public void reloadKeepingTyped() {
        Organization current = editing.get();
        if (current == null) {
            return;
        }
        OrganizationDraft opened = savedDraft.get();
        OrganizationDraft typed = draft();
        executor.run(() -> membership.find(current.id()).orElseThrow(), fresh -> {
            edit(fresh);
            OrganizationDraft mine = merge(opened, typed, fresh.toDraft());
            typedBeforeReload.set(mine);
            comparison.set(compare(opened, typed));
        }, feedback::showError);
    }

    /** The reloaded organization with only the fields typed since opening taken from what was typed. */
    private static OrganizationDraft merge(OrganizationDraft opened, OrganizationDraft typed, OrganizationDraft now) {
        return new OrganizationDraft(
                pick(opened.name(), typed.name(), now.name()),
                pick(opened.nameOtherLanguage(), typed.nameOtherLanguage(), now.nameOtherLanguage()),
                pick(opened.email(), typed.email(), now.email()),
                pick(opened.phone(), typed.phone(), now.phone()),
                pick(opened.website(), typed.website(), now.website()),
                pick(opened.streetAddress(), typed.streetAddress(), now.streetAddress()),
                pick(opened.city(), typed.city(), now.city()),
                pick(opened.postalCode(), typed.postalCode(), now.postalCode()),
                pick(opened.province(), typed.province(), now.province()),
                pick(opened.language(), typed.language(), now.language()),
                pick(opened.services(), typed.services(), now.services()),
                pick(opened.clienteles(), typed.clienteles(), now.clienteles()),
                pick(opened.notes(), typed.notes(), now.notes()));
    }

    private static <T> T pick(T opened, T typed, T now) {
        return Objects.equals(opened, typed) ? now : typed;
    }

    /** Puts what was typed before the reload back over the organization as it is now, to save it over that change. */
    public void putBackTyped() {
        OrganizationDraft typed = typedBeforeReload.get();
        if (typed == null) {
            return;
        }
        OrganizationDraft reloaded = savedDraft.get();
        fill(typed);
        savedDraft.set(reloaded);
        typedBeforeReload.set(null);
        comparison.set("");
    }

    /** "Phone: 514-555-0111 · City: Laval": what was typed, for each field changed since the form was opened. */
    private String compare(OrganizationDraft now, OrganizationDraft typed) {
        List<String> differences = new ArrayList<>();
        String[][] pairs = {
                {"name", typed.name(), now.name()},
                {"nameOtherLanguage", typed.nameOtherLanguage(), now.nameOtherLanguage()},
                {"email", typed.email(), now.email()},
                {"phone", typed.phone(), now.phone()},
                {"website", typed.website(), now.website()},
                {"streetAddress", typed.streetAddress(), now.streetAddress()},
                {"city", typed.city(), now.city()},
                {"postalCode", typed.postalCode(), now.postalCode()},
                {"notes", typed.notes(), now.notes()}};
        for (String[] pair : pairs) {
            if (!text(pair[1]).equals(text(pair[2]))) {
                differences.add(localizer.get("field." + pair[0]) + localizer.get("organizationForm.conflict.colon")
                        + (text(pair[1]).isBlank() ? localizer.get("organizationForm.conflict.empty") : pair[1]));
            }
        }
        if (!Objects.equals(typed.province(), now.province())) {
            differences.add(localizer.get("field.province") + localizer.get("organizationForm.conflict.colon")
                    + (typed.province() == null ? "" : localizer.get(typed.province().labelKey())));
        }
        if (!Objects.equals(typed.language(), now.language())) {
            differences.add(localizer.get("field.language") + localizer.get("organizationForm.conflict.colon")
                    + (typed.language() == null ? "" : localizer.get(typed.language().labelKey())));
        }
        if (!typed.services().equals(now.services()) || !typed.clienteles().equals(now.clienteles())) {
            differences.add(localizer.get("organizationForm.conflict.checkBoxes"));
        }
        return differences.isEmpty() ? localizer.get("organizationForm.conflict.same")
                : localizer.get("organizationForm.conflict.typed", String.join(" · ", differences));
    }

    /** Puts back what was last loaded or saved. */
    public void revert() {
        if (savedDraft.get() != null) {
            fill(savedDraft.get());
        }
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        OrganizationDraft draft = draft();
        Organization current = editing.get();
        saving.set(true);
        ApplicationReceipt receipt = new ApplicationReceipt(receivedOn.get(), contactName.get(), contactEmail.get());
        executor.run(() -> current == null ? membership.apply(draft, receipt)
                        : membership.update(current.id(), current.version(), draft),
                saved -> {
                    saving.set(false);
                    edit(saved);
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException refusal) {
                        showRefusal(refusal);
                    } else if (failure instanceof RecordChanged changed) {
                        conflict.set(changed.localizedMessage(localizer.messages()));
                    } else {
                        feedback.showError(failure);
                    }
                });
    }

    public void setOnSaved(Consumer<Organization> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /** The input as typed, for the service to check. */
    public OrganizationDraft draft() {
        return new OrganizationDraft(name.get(), nameOtherLanguage.get(), email.get(), phone.get(), website.get(),
                streetAddress.get(), city.get(), postalCode.get(), province.get(), language.get(), Set.copyOf(services),
                Set.copyOf(clienteles), notes.get());
    }

    private void fill(OrganizationDraft draft) {
        name.set(text(draft.name()));
        nameOtherLanguage.set(text(draft.nameOtherLanguage()));
        email.set(text(draft.email()));
        phone.set(text(draft.phone()));
        website.set(text(draft.website()));
        streetAddress.set(text(draft.streetAddress()));
        city.set(text(draft.city()));
        postalCode.set(text(draft.postalCode()));
        province.set(draft.province());
        language.set(draft.language());
        services.retainAll(draft.services());
        services.addAll(draft.services());
        clienteles.retainAll(draft.clienteles());
        clienteles.addAll(draft.clienteles());
        notes.set(text(draft.notes()));
        errors.clear();
        formMessage.set("");
        savedDraft.set(draft());
    }

    private void showRefusal(ValidationException refusal) {
        List<FieldError> elsewhere = errors.show(refusal);
        String heading = localizer.get("validation.invalidInput");
        formMessage.set(elsewhere.isEmpty() ? heading : heading + " " + elsewhere.stream()
                .map(error -> error.localizedMessage(localizer.messages()))
                .collect(Collectors.joining(" ")));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The day a new application was received (today unless changed), for a new application only. */
    public ObjectProperty<LocalDate> receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactEmailProperty() {
        return contactEmail;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameOtherLanguageProperty() {
        return nameOtherLanguage;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty streetAddressProperty() {
        return streetAddress;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObservableSet<ServiceOffered> services() {
        return services;
    }

    public ObservableSet<Clientele> clienteles() {
        return clienteles;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** "Some fields need attention." after a refusal, empty otherwise. */
    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    /** Why the last save was refused when someone else changed the organization since it was opened; else empty. */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** After {@link #reloadKeepingTyped()}: what had been typed, field by field where it differs; else empty. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** What was typed before the reload, until put back or the organization is opened again. */
    public ReadOnlyObjectProperty<OrganizationDraft> typedBeforeReloadProperty() {
        return typedBeforeReload.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public boolean isCreating() {
        return creating.get();
    }

    /** The organization being edited, or null for a new application. */
    public ReadOnlyObjectProperty<Organization> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
