package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.FormSubmission;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Money received for one registration, or paid back to its registrant (a refund, never more than was
 * received): the amount in dollars as typed (read into cents here), the date, the method and a reference.
 * Each message shows beside its field; nothing is recorded until all is right.
 */
public final class PaymentFormViewModel {
    public static final List<String> FIELDS = List.of("amount", "paidOn", "method", "reference");

    private final EventViewModel page;
    private final RegistrationService registrations;
    private final PaymentService payments;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final ReadOnlyObjectWrapper<Registration> registration = new ReadOnlyObjectWrapper<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper refund = new ReadOnlyBooleanWrapper(false);
    private final FormSubmission submission;
    private final FieldErrors errors;

    PaymentFormViewModel(EventViewModel page, RegistrationService registrations, PaymentService payments,
                         TaskExecutor executor, UserFeedback feedback, Localizer localizer) {
        this.page = page;
        this.registrations = registrations;
        this.payments = payments;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.submission = FormSubmission.withoutMessage(new FieldErrors(localizer, FIELDS), feedback, localizer);
        this.errors = submission.errors();
    }

    /** A payment for this registration, of what is still owed, received today. */
    public void start(Registration paying) {
        refund.set(false);
        registration.set(paying);
        amount.set(paying.owedCents() > 0 ? Money.typed(paying.owedCents(), localizer.messages().locale()) : "");
        paidOn.set(page.today());
        method.set(null);
        reference.set("");
        errors.clear();
    }

    /** A refund to this registrant, of all that was received, paid back today. */
    public void startRefund(Registration refunded) {
        start(refunded);
        refund.set(true);
        amount.set(refunded.paidCents() > 0 ? Money.typed(refunded.paidCents(), localizer.messages().locale()) : "");
    }

    public void save(Runnable afterSaving) {
        Registration paying = registration.get();
        if (submission.busyProperty().get() || paying == null) {
            return;
        }
        List<FieldError> typingErrors = new ArrayList<>();
        Long cents = NumberInput.cents("amount", amount.get(), localizer.messages().locale(), typingErrors);
        if (cents == null && typingErrors.isEmpty()) {
            typingErrors.add(new FieldError("amount", "validation.required"));
        }
        LocalDate day = paidOn.get();
        PaymentMethod how = method.get();
        if (!typingErrors.isEmpty()) {
            // The service is not asked while the amount cannot be read: say now what else is missing.
            if (day == null) {
                typingErrors.add(new FieldError("paidOn", "validation.required"));
            }
            if (how == null) {
                typingErrors.add(new FieldError("method", "validation.required"));
            }
        }
        String typedReference = reference.get();
        boolean refunding = refund.get();
        submission.submit(executor, () -> {
            NumberInput.throwIfAny(typingErrors);
            if (refunding) {
                payments.recordRefund(paying.id(), cents, day, how, typedReference);
            } else {
                payments.recordPayment(paying.id(), cents, day, how, typedReference);
            }
            return registrations.find(paying.id()).orElseThrow();
        }, paid -> {
            page.changed(paid);
            feedback.notify(refunding
                    ? localizer.get("registrations.notify.refundRecorded", localizer.money(cents), paid.fullName())
                    : localizer.get("registrations.notify.paymentRecorded", localizer.money(cents),
                    paid.fullName(), localizer.money(paid.owedCents())));
            afterSaving.run();
        });
    }

    public ReadOnlyObjectProperty<Registration> registrationProperty() {
        return registration.getReadOnlyProperty();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<LocalDate> paidOnProperty() {
        return paidOn;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Whether the form pays money back rather than records money received. */
    public ReadOnlyBooleanProperty refundProperty() {
        return refund.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return submission.busyProperty();
    }
}
