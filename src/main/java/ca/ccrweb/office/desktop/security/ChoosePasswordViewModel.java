package ca.ccrweb.office.desktop.security;

import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * Right after signing in with a temporary password (an administrator made or reset it): the person chooses
 * their own, twice, before seeing anything else. The temporary one is refused: someone else has seen it.
 */
public final class ChoosePasswordViewModel {
    private final StaffService staff;
    private final SignedIn signedIn;
    private final TaskExecutor executor;
    private final Localizer localizer;
    private final Consumer<SignedIn> onChosen;

    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty newPasswordError = new SimpleStringProperty("");
    private final StringProperty againError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param onChosen told, with the person as they now are (nothing left to change), once the password is saved */
    public ChoosePasswordViewModel(StaffService staff, SignedIn signedIn, TaskExecutor executor, Localizer localizer,
                                   Consumer<SignedIn> onChosen) {
        this.staff = staff;
        this.signedIn = signedIn;
        this.executor = executor;
        this.localizer = localizer;
        this.onChosen = onChosen;
    }

    public String fullName() {
        return signedIn.user().fullName();
    }

    public void submit() {
        newPasswordError.set("");
        againError.set("");
        message.set("");
        String wanted = newPassword.get();
        if (!wanted.equals(again.get())) {
            againError.set(localizer.get("administration.password.error.different"));
            return;
        }
        busy.set(true);
        executor.run(() -> staff.chooseNewPassword(signedIn, wanted), chosen -> {
            busy.set(false);
            newPassword.set("");
            again.set("");
            onChosen.accept(new SignedIn(chosen));
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid && invalid.errorFor("newPassword").isPresent()) {
                newPasswordError.set(invalid.errorFor("newPassword").orElseThrow()
                        .localizedMessage(localizer.messages()));
            } else {
                message.set(localizer.get("choosePassword.error.unexpected"));
            }
        });
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty againProperty() {
        return again;
    }

    public StringProperty newPasswordErrorProperty() {
        return newPasswordError;
    }

    public StringProperty againErrorProperty() {
        return againError;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
