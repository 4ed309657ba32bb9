package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A form sent to a service: busy while it is being saved, the service's refusals placed beside their
 * fields, and those that belong to no field of the form in the form's message (or, for a form without
 * one, shown as an error). Anything other than a refusal is shown as an error.
 */
public final class FormSubmission {
    private final FieldErrors errors;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final boolean hasMessage;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private FormSubmission(FieldErrors errors, UserFeedback feedback, Localizer localizer, boolean hasMessage) {
        this.errors = errors;
        this.feedback = feedback;
        this.localizer = localizer;
        this.hasMessage = hasMessage;
    }

    /** Refusals that belong to no field go to {@link #messageProperty()}, at the top of the form. */
    public static FormSubmission withMessage(FieldErrors errors, UserFeedback feedback, Localizer localizer) {
        return new FormSubmission(errors, feedback, localizer, true);
    }

    /** Refusals that belong to no field are shown as an error. */
    public static FormSubmission withoutMessage(FieldErrors errors, UserFeedback feedback, Localizer localizer) {
        return new FormSubmission(errors, feedback, localizer, false);
    }

    /** Clears the messages, then saves in the background; busy until it ends. */
    public <T> void submit(TaskExecutor executor, Callable<T> work, Consumer<T> onSaved) {
        task(work, onSaved).executeWith(executor);
    }

    /** The submission as a task, for callers that add their own steps. */
    public <T> BackgroundTask<T> task(Callable<T> work, Consumer<T> onSaved) {
        return BackgroundTask.of(work)
                .onRunning(() -> {
                    clear();
                    busy.set(true);
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(onSaved)
                .onFailure(this::refused);
    }

    /** Shows a refusal beside its fields (the rest as the form's message), or any other failure as an error. */
    public void refused(Throwable failure) {
        if (!(failure instanceof ValidationException refusal)) {
            feedback.showError(failure);
            return;
        }
        List<FieldError> elsewhere = errors.show(refusal);
        if (elsewhere.isEmpty()) {
            return;
        }
        ValidationException rest = new ValidationException(elsewhere);
        if (hasMessage) {
            message.set(rest.localizedMessage(localizer.messages()));
        } else {
            feedback.showError(rest);
        }
    }

    public void clear() {
        errors.clear();
        message.set("");
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
