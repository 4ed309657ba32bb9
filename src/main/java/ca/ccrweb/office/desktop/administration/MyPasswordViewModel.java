package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffService;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The signed-in person changes their own password: the current one, the new one twice. */
public final class MyPasswordViewModel {
    private final StaffService staff;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Supplier<Optional<SignedIn>> signedIn;

    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newPasswordAgain = new SimpleStringProperty("");
    private final StringProperty againError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;
    private final StringBinding againErrorText;

    public MyPasswordViewModel(StaffService staff, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                               Supplier<Optional<SignedIn>> signedIn) {
        this.staff = staff;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.signedIn = signedIn;
        this.errors = new FieldErrors(localizer, List.of("currentPassword", "newPassword"));
        this.againErrorText = localizer.text(() -> againError.get().isEmpty() ? "" : localizer.get(againError.get()),
                againError);
    }

    public boolean available() {
        return signedIn.get().isPresent();
    }

    public void change() {
        Optional<SignedIn> person = signedIn.get();
        if (person.isEmpty()) {
            return;
        }
        errors.clear();
        againError.set("");
        String current = currentPassword.get();
        String wanted = newPassword.get();
        if (!wanted.equals(newPasswordAgain.get())) {
            againError.set("administration.password.error.different");
            return;
        }
        saving.set(true);
        executor.run(() -> staff.changeOwnPassword(person.get(), current, wanted), changed -> {
            saving.set(false);
            currentPassword.set("");
            newPassword.set("");
            newPasswordAgain.set("");
            feedback.notify(localizer.get("administration.password.notify.changed"));
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

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newPasswordAgainProperty() {
        return newPasswordAgain;
    }

    public StringBinding againErrorTextProperty() {
        return againErrorText;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
