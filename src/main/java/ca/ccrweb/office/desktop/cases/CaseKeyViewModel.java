package ca.ccrweb.office.desktop.cases;

import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The office's case passphrase: chosen once (typed twice, its loss cannot be undone), then entered to unlock
 * the cases. Once accepted, the section reloads.
 */
public final class CaseKeyViewModel {
    private final CaseService cases;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final FieldErrors errors;
    private final Runnable reload;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");

    CaseKeyViewModel(CaseService cases, TaskExecutor executor, UserFeedback feedback, Localizer localizer,
                     FieldErrors errors, Runnable reload) {
        this.cases = cases;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.errors = errors;
        this.reload = reload;
    }

    /** The first passphrase of the office, typed twice; its loss cannot be undone (the screen says so). */
    public void setUpKey() {
        errors.clear();
        if (!passphrase.get().equals(passphraseAgain.get())) {
            errors.show(ValidationException.of("passphrase", "cases.error.passphrasesDiffer"));
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        executor.run(() -> {
            cases.setUpKey(typed);
            return true;
        }, done -> {
            clearPassphrase();
            feedback.notify(localizer.get("cases.notify.keySetUp"));
            reload.run();
        }, this::refusedPassphrase);
    }

    public void unlock() {
        errors.clear();
        char[] typed = passphrase.get().toCharArray();
        executor.run(() -> {
            cases.unlock(typed);
            return true;
        }, done -> {
            clearPassphrase();
            reload.run();
        }, this::refusedPassphrase);
    }

    private void refusedPassphrase(Throwable failure) {
        if (failure instanceof OfficeException refusal
                && refusal.key().startsWith("cases.error.")) {
            errors.show(ValidationException.of("passphrase", refusal.key(), refusal.arguments()));
        } else {
            feedback.showError(failure);
        }
    }

    private void clearPassphrase() {
        passphrase.set("");
        passphraseAgain.set("");
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public FieldErrors errors() {
        return errors;
    }
}
