package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.common.Validator;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a registration costs once taken: payments and refunds, a fee waived or charged again, a fee computed again
 * from the current schedule on staff's request.
 */
public final class PaymentService {
    private final Database database;
    private final RegistrationRepository registrations;
    private final EventService events;
    private final Ids ids;
    private final Clock clock;
    private final Actor actor;
    private final AuditLog audit;
    private final Access access;

    public PaymentService(Database database, EventService events, Ids ids, Clock clock, Actor actor, AuditLog audit,
                          Access access) {
        this.database = database;
        this.registrations = new RegistrationRepository(database);
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.actor = actor;
        this.audit = audit;
        this.access = access;
    }

    public Payment recordPayment(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                 String reference) {
        access.require(Permission.MANAGE_REGISTRATIONS, "PAYMENT");
        Payment payment = checked(new NewPayment(registrationId, amountCents, paidOn, method, reference), 1);
        return database.transaction(() -> {
            registrations.require(registrationId);
            registrations.insertPayment(payment, clock.instant());
            audit.changed("PAYMENT", "registration", registrationId, null, payment);
            return payment;
        });
    }

    /** A payment to record among many (see {@link #recordPayments}). */
    public record NewPayment(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                             String reference) {
    }

    /** Records many payments in one transaction, each checked as {@link #recordPayment} checks it. */
    public int recordPayments(List<NewPayment> payments) {
        access.require(Permission.MANAGE_REGISTRATIONS, "PAYMENTS");
        List<Payment> checked = payments.stream().map(payment -> checked(payment, 1)).toList();
        return database.transaction(() -> {
            registrations.insertPayments(checked, clock.instant());
            audit.changed("PAYMENTS", "payment", null, null, Map.of("payments", checked.size()));
            return checked.size();
        });
    }

    /** Pays money back; never more than was paid. Recorded as a negative payment. */
    public Payment recordRefund(long registrationId, long amountCents, LocalDate paidOn, PaymentMethod method,
                                String reference) {
        access.require(Permission.MANAGE_REGISTRATIONS, "REFUND");
        Payment refund = checked(new NewPayment(registrationId, amountCents, paidOn, method, reference), -1);
        return database.transaction(() -> {
            Registration registration = registrations.require(registrationId);
            if (amountCents > registration.paidCents()) {
                throw ValidationException.of("amount", "payment.error.refundAboveReceived", registration.paidCents() / 100.0);
            }
            registrations.insertPayment(refund, clock.instant());
            audit.changed("REFUND", "registration", registrationId, null, refund);
            return refund;
        });
    }

    /** The amount must be positive (a refund is stored negated: {@code sign} -1), the date and method given. */
    private Payment checked(NewPayment payment, int sign) {
        Validator validator = new Validator();
        if (payment.amountCents() <= 0) {
            validator.reject("amount", "validation.positive");
        }
        validator.required("paidOn", payment.paidOn());
        validator.required("method", payment.method());
        String reference = validator.optional("reference", payment.reference(), 100);
        validator.throwIfInvalid();
        return new Payment(ids.next(), payment.registrationId(), sign * payment.amountCents(), payment.paidOn(),
                payment.method(), reference, actor.name());
    }

    /** Waives the fee for a reason staff give; the reason is kept with the registration and in the audit trail. */
    public Registration waiveFee(long registrationId, String reason) {
        access.require(Permission.MANAGE_REGISTRATIONS, "WAIVE_FEE");
        Validator validator = new Validator();
        String why = validator.required("reason", reason, 1000);
        validator.throwIfInvalid();
        return setFeeWaived(registrationId, why);
    }

    /** Charges a waived fee again; the waiver's reason is cleared (the audit trail keeps it). */
    public Registration restoreFee(long registrationId) {
        access.require(Permission.MANAGE_REGISTRATIONS, "UNWAIVE_FEE");
        return setFeeWaived(registrationId, null);
    }

    private Registration setFeeWaived(long registrationId, String reason) {
        return database.transaction(() -> {
            Registration before = registrations.require(registrationId);
            registrations.setFeeWaived(registrationId, reason != null, reason, clock.instant());
            Registration after = registrations.require(registrationId);
            audit.changed(reason != null ? "WAIVE_FEE" : "UNWAIVE_FEE", "registration", registrationId, before, after);
            return after;
        });
    }

    /**
     * Computes the fee again from the current schedule, on staff's request; a change is recorded with who
     * asked and when. A schedule change never alters existing registrations by itself.
     */
    public Registration recalculateFee(long registrationId) {
        access.require(Permission.MANAGE_REGISTRATIONS, "RECALCULATE_FEE");
        return database.transaction(() -> {
            Registration registration = registrations.require(registrationId);
            Event event = events.require(registration.eventId());
            RateCategory rate = events.rate(registration.rateCategoryId()).orElseThrow();
            Fee fee = FeeRules.compute(event, rate, registrations.days(registrationId), registration.registeredOn());
            if (fee.amountCents() != registration.amountDueCents()) {
                registrations.setAmountDue(registrationId, fee.amountCents(), clock.instant());
                registrations.recordRecalculation(ids.next(), registrationId, registration.amountDueCents(),
                        fee.amountCents(), actor.name(), clock.instant());
                audit.changed("RECALCULATE_FEE", "registration", registrationId, registration,
                        registrations.require(registrationId));
            }
            return registrations.require(registrationId);
        });
    }

    public int recalculationCount(long registrationId) {
        return registrations.recalculations(registrationId);
    }

    public List<Payment> payments(long registrationId) {
        return registrations.payments(registrationId);
    }

    public List<Payment> paymentsOfEvent(long eventId) {
        return registrations.paymentsOfEvent(eventId);
    }
}
