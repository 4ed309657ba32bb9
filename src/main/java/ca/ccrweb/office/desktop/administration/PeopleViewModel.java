package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffService;
import ca.ccrweb.office.core.security.StaffUser;
import ca.ccrweb.office.desktop.common.FieldErrors;
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

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The people who use the application: the list, a new user with a temporary password, reset, disable, enable. */
public final class PeopleViewModel {
    private final StaffService staff;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final TemporaryPasswordDisplay passwordDisplay;
    private final Supplier<Optional<SignedIn>> signedIn;

    private final ObservableList<StaffUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<StaffUser> selected = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.STAFF);
    private final StringProperty temporaryPassword = new SimpleStringProperty(TemporaryPasswords.next());
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;
    private final StringBinding countText;
    private final BooleanBinding canDisable;
    private final BooleanBinding canEnable;
    private final BooleanBinding canChangeCaseHandling;

    public PeopleViewModel(StaffService staff, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                           TemporaryPasswordDisplay passwordDisplay, Supplier<Optional<SignedIn>> signedIn) {
        this.staff = staff;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.passwordDisplay = passwordDisplay;
        this.signedIn = signedIn;
        this.errors = new FieldErrors(localizer, List.of("username", "fullName", "role", "password"));
        this.countText = localizer.text(() -> localizer.plural("administration.people.count", users.size(),
                users.size()), users);
        this.canDisable = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().active()
                && !isSignedIn(selected.get()), selected);
        this.canEnable = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().active(),
                selected);
        this.canChangeCaseHandling = Bindings.createBooleanBinding(() -> selected.get() != null
                && (selected.get().role() == Role.ADMINISTRATOR || selected.get().handlesCases()), selected);
    }

    public void load() {
        executor.run(staff::all, loaded -> {
            StaffUser previouslySelected = selected.get();
            users.setAll(loaded);
            selected.set(previouslySelected == null ? null : find(previouslySelected.id()));
        }, feedback::showError);
    }

    /** The password given stays shown until the administrator acknowledges it; only then comes a new proposal. */
    public void createUser() {
        String name = username.get();
        String full = fullName.get();
        Role chosen = role.get();
        String password = temporaryPassword.get();
        errors.clear();
        saving.set(true);
        executor.run(() -> staff.createUser(name, full, chosen, password), created -> {
            saving.set(false);
            users.add(created);
            selected.set(created);
            feedback.notify(localizer.get("administration.people.notify.created", created.fullName()));
            passwordDisplay.show(created, password);
            clearForm();
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                if (!errors.show(refusal).isEmpty()) {
                    feedback.showError(refusal);
                }
            } else {
                feedback.showError(failure);
            }
        });
    }

    public void clearForm() {
        username.set("");
        fullName.set("");
        role.set(Role.STAFF);
        temporaryPassword.set(TemporaryPasswords.next());
        errors.clear();
    }

    public void suggestTemporaryPassword() {
        temporaryPassword.set(TemporaryPasswords.next());
    }

    /** Gives the selected person a new temporary password, shown once, to change at their next sign-in. */
    public void resetSelectedPassword() {
        StaffUser user = selected.get();
        if (user == null) {
            return;
        }
        String password = TemporaryPasswords.next();
        executor.run(() -> staff.resetPassword(user.id(), password), reset -> {
            replace(reset);
            passwordDisplay.show(reset, password);
        }, feedback::showError);
    }

    public void disableSelected() {
        setSelectedActive(false);
    }

    public void enableSelected() {
        setSelectedActive(true);
    }

    /**
     * An administrator who is also a caseworker opens case files (issue 20): the mark is given or taken away here,
     * and counts from that person's next sign-in.
     */
    public void toggleSelectedHandlesCases() {
        StaffUser user = selected.get();
        if (user == null) {
            return;
        }
        boolean handles = !user.handlesCases();
        executor.run(() -> staff.setHandlesCases(user.id(), handles), changed -> {
            replace(changed);
            feedback.notify(localizer.get(handles ? "administration.people.notify.handlesCases"
                    : "administration.people.notify.handlesNoCases", changed.fullName()));
        }, feedback::showError);
    }

    private void setSelectedActive(boolean active) {
        StaffUser user = selected.get();
        if (user == null) {
            return;
        }
        executor.run(() -> staff.setActive(user.id(), active), changed -> {
            replace(changed);
            feedback.notify(localizer.get(active ? "administration.people.notify.enabled"
                    : "administration.people.notify.disabled", changed.fullName()));
        }, feedback::showError);
    }

    private void replace(StaffUser changed) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).id() == changed.id()) {
                users.set(i, changed);
            }
        }
        selected.set(changed);
    }

    private StaffUser find(long id) {
        return users.stream().filter(user -> user.id() == id).findFirst().orElse(null);
    }

    private boolean isSignedIn(StaffUser user) {
        return signedIn.get().map(person -> person.user().id() == user.id()).orElse(false);
    }

    public ObservableList<StaffUser> users() {
        return users;
    }

    public ObjectProperty<StaffUser> selectedProperty() {
        return selected;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty temporaryPasswordProperty() {
        return temporaryPassword;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public BooleanBinding canDisableProperty() {
        return canDisable;
    }

    public BooleanBinding canEnableProperty() {
        return canEnable;
    }

    /** An administrator can be marked as handling cases; anyone marked can have the mark taken away. */
    public BooleanBinding canChangeCaseHandlingProperty() {
        return canChangeCaseHandling;
    }
}
