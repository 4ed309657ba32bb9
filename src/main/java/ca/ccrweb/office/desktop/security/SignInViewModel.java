package ca.ccrweb.office.desktop.security;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * The door of the application: at the very first start it makes the first administrator, afterwards it
 * signs people in. Messages land beside the fields or under the form; a password never leaves this screen
 * except to be checked.
 */
public final class SignInViewModel {
    private final StaffService staff;
    private final TaskExecutor executor;
    private final Localizer localizer;
    private final Consumer<SignedIn> onSignedIn;

    private final ReadOnlyBooleanWrapper firstStart = new ReadOnlyBooleanWrapper();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty usernameError = new SimpleStringProperty("");
    private final StringProperty fullNameError = new SimpleStringProperty("");
    private final StringProperty passwordError = new SimpleStringProperty("");
    private final StringProperty confirmationError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SignInViewModel(StaffService staff, boolean firstStart, TaskExecutor executor, Localizer localizer,
                           Consumer<SignedIn> onSignedIn) {
        this.staff = staff;
        this.executor = executor;
        this.localizer = localizer;
        this.onSignedIn = onSignedIn;
        this.firstStart.set(firstStart);
    }

    public void submit() {
        clearMessages();
        if (firstStart.get() && !password.get().equals(confirmation.get())) {
            confirmationError.set(localizer.get("signIn.error.confirmation"));
            return;
        }
        String name = username.get();
        String secret = password.get();
        String full = fullName.get();
        boolean creating = firstStart.get();
        busy.set(true);
        executor.run(() -> {
            if (creating) {
                staff.createFirstAdministrator(name, full, secret);
            }
            return staff.signIn(name, secret);
        }, signedIn -> {
            busy.set(false);
            password.set("");
            confirmation.set("");
            onSignedIn.accept(signedIn);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        password.set("");
        confirmation.set("");
        if (failure instanceof ValidationException invalid) {
            invalid.errorFor("username").ifPresent(e -> usernameError.set(e.localizedMessage(localizer.messages())));
            invalid.errorFor("fullName").ifPresent(e -> fullNameError.set(e.localizedMessage(localizer.messages())));
            invalid.errorFor("password").ifPresent(e -> passwordError.set(e.localizedMessage(localizer.messages())));
        } else if (failure instanceof OfficeException refusal) {
            message.set(refusal.localizedMessage(localizer.messages()));
        } else {
            message.set(localizer.get("signIn.error.unexpected"));
        }
    }

    private void clearMessages() {
        usernameError.set("");
        fullNameError.set("");
        passwordError.set("");
        confirmationError.set("");
        message.set("");
    }

    public ReadOnlyBooleanProperty firstStartProperty() {
        return firstStart.getReadOnlyProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty usernameErrorProperty() {
        return usernameError;
    }

    public StringProperty fullNameErrorProperty() {
        return fullNameError;
    }

    public StringProperty passwordErrorProperty() {
        return passwordError;
    }

    public StringProperty confirmationErrorProperty() {
        return confirmationError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
