package ca.ccrweb.office.desktop.contacts;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * People: the list searched as staff type, the likely duplicates (same name and organization) and the merge of
 * two of them, field by field: for each field staff keep the left or the right value; the right contact's
 * registrations, payments, fund applications and subscriptions move to the left one, which is kept.
 */
public final class ContactsViewModel {
    /** The fields a merge chooses between. */
    public enum MergeField { FULL_NAME, EMAIL, PHONE, LANGUAGE, ORGANIZATION }

    /** Likely duplicates and why they are taken for one person. */
    public record DuplicateGroup(List<Contact> contacts, String reasonKey) {
    }

    private final ContactService contacts;
    private final MembershipService membership;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ObservableList<Contact> all = FXCollections.observableArrayList();
    private final FilteredList<Contact> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<DuplicateGroup> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateGroup> selectedGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<Contact> left = new SimpleObjectProperty<>();
    private final ObjectProperty<Contact> right = new SimpleObjectProperty<>();
    private final Map<MergeField, BooleanProperty> keepRight = new HashMap<>();
    private final Map<Long, String> organizationNames = new HashMap<>();
    private final StringBinding countText;
    private final BooleanBinding canMerge;

    public ContactsViewModel(ContactService contacts, MembershipService membership, TaskExecutor executor,
                             UserFeedback feedback, Localizer localizer) {
        this.contacts = contacts;
        this.membership = membership;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        for (MergeField field : MergeField.values()) {
            keepRight.put(field, new SimpleBooleanProperty(false));
        }
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String[] words = Texts.searchKey(search.get()).strip().split("\\s+");
            return contact -> matches(contact, words);
        }, search));
        countText = localizer.text(() -> localizer.get("contacts.count", shown.size(), all.size()), shown, all);
        canMerge = left.isNotNull().and(right.isNotNull());
        selectedGroup.subscribe(group -> {
            left.set(group == null ? null : group.contacts().get(0));
            right.set(group == null ? null : group.contacts().get(1));
            keepRight.values().forEach(choice -> choice.set(false));
        });
    }

    public void load() {
        executor.run(() -> new Loaded(contacts.all(), contacts.likelyDuplicates(), membership.all()), loaded -> {
            organizationNames.clear();
            loaded.organizations().forEach(o -> organizationNames.put(o.id(), o.name()));
            all.setAll(loaded.contacts());
            duplicates.setAll(loaded.duplicates().stream()
                    .map(group -> new DuplicateGroup(group, "contacts.duplicates.sameNameAndOrganization")).toList());
            selectedGroup.set(duplicates.isEmpty() ? null : duplicates.getFirst());
        }, feedback::showError);
    }

    private record Loaded(List<Contact> contacts, List<List<Contact>> duplicates, List<Organization> organizations) {
    }

    private boolean matches(Contact contact, String[] words) {
        String haystack = String.join("\n", Stream.of(contact.fullName(), contact.email(), contact.phone(),
                organization(contact)).map(Texts::searchKey).toList());
        return Arrays.stream(words).allMatch(haystack::contains);
    }

    /** Member organizations' names by id, as loaded, for the export. */
    public Map<Long, String> organizationNames() {
        return Map.copyOf(organizationNames);
    }

    public String organization(Contact contact) {
        return contact.organizationId() == null ? contact.organizationName()
                : organizationNames.getOrDefault(contact.organizationId(), contact.organizationName());
    }

    /** The value a field shows for one contact. */
    public String value(Contact contact, MergeField field) {
        if (contact == null) {
            return "";
        }
        Function<Contact, String> value = switch (field) {
            case FULL_NAME -> Contact::fullName;
            case EMAIL -> Contact::email;
            case PHONE -> Contact::phone;
            case LANGUAGE -> c -> localizer.label(c.language());
            case ORGANIZATION -> this::organization;
        };
        String shownValue = value.apply(contact);
        return shownValue == null ? "" : shownValue;
    }

    /** Swaps which contact is kept. */
    public void swap() {
        Contact kept = left.get();
        left.set(right.get());
        right.set(kept);
        keepRight.values().forEach(choice -> choice.set(false));
    }

    /** Merges the right contact into the left one with the values chosen field by field. */
    public void merge() {
        Contact kept = left.get();
        Contact duplicate = right.get();
        if (kept == null || duplicate == null) {
            return;
        }
        Contact nameFrom = pick(MergeField.FULL_NAME, kept, duplicate);
        Contact emailFrom = pick(MergeField.EMAIL, kept, duplicate);
        Contact phoneFrom = pick(MergeField.PHONE, kept, duplicate);
        Contact languageFrom = pick(MergeField.LANGUAGE, kept, duplicate);
        Contact organizationFrom = pick(MergeField.ORGANIZATION, kept, duplicate);
        ContactDraft chosen = new ContactDraft(nameFrom.fullName(), emailFrom.email(), phoneFrom.phone(),
                languageFrom.language(), organizationFrom.organizationId(), organizationFrom.organizationName());
        executor.run(() -> contacts.merge(kept.id(), duplicate.id(), chosen), merged -> {
            feedback.notify(localizer.get("contacts.merged", duplicate.fullName(), merged.fullName()));
            load();
        }, feedback::showError);
    }

    private Contact pick(MergeField field, Contact kept, Contact duplicate) {
        return keepRight.get(field).get() ? duplicate : kept;
    }

    public ObservableList<Contact> all() {
        return all;
    }

    public FilteredList<Contact> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<DuplicateGroup> duplicates() {
        return duplicates;
    }

    public ObjectProperty<DuplicateGroup> selectedGroupProperty() {
        return selectedGroup;
    }

    public ObjectProperty<Contact> leftProperty() {
        return left;
    }

    public ObjectProperty<Contact> rightProperty() {
        return right;
    }

    /** Whether the merge keeps the right contact's value of this field (otherwise the left one's). */
    public BooleanProperty keepRightProperty(MergeField field) {
        return keepRight.get(field);
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }
}
