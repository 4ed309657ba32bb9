package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Payment;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationFilter;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.events.RegistrationTotals;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionChoice;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.desktop.common.ExportWriters;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
import ca.ccrweb.office.core.mailings.LetterKind;
import ca.ccrweb.office.core.mailings.Letters;
import ca.ccrweb.office.core.mailings.MailingService;
import ca.ccrweb.office.desktop.mailings.LetterSending;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event's registration list: search as you type over name, email and organization, filters by status,
 * rate, payment and organization, the totals of what is shown, the actions on one registration and the
 * exports. Each keystroke is a substring test per row over keys made once when the list loaded.
 */
public final class RegistrationsViewModel {
    private final EventViewModel page;
    private final RegistrationService registrations;
    private final PaymentService payments;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<RateKind> rateKind = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentStatus> paymentStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<String> organization = new SimpleObjectProperty<>();
    private final ObservableList<Registration> shown = FXCollections.observableArrayList();
    private final ObservableList<String> organizations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RegistrationTotals> totals =
            new ReadOnlyObjectWrapper<>(RegistrationTotals.of(List.of()));
    private final ObjectProperty<Registration> selected = new SimpleObjectProperty<>();
    private MailingService mailings;
    private final StringProperty waiveReason = new SimpleStringProperty("");
    private final BooleanProperty waiving = new SimpleBooleanProperty(false);
    private final FieldErrors waiveErrors;
    private final StringBinding countText;
    private final StringBinding registeredText;
    private final StringBinding waitlistedText;
    private final StringBinding paidText;
    private final StringBinding owedText;
    private final StringBinding byRateText;
    private final BooleanBinding canRecordPayment;
    private final BooleanBinding canCancel;
    private final BooleanBinding canChangeFee;
    private final StringBinding waiveText;
    private final BooleanBinding canEdit;
    private final BooleanBinding canRefund;
    private final BooleanBinding canToggleNoShow;
    private final StringBinding noShowText;
    private final PaymentFormViewModel payment;
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final StringBinding detailText;

    RegistrationsViewModel(EventViewModel page, RegistrationService registrations, PaymentService payments,
                           TaskExecutor executor, UserFeedback feedback, Localizer localizer) {
        this.page = page;
        this.registrations = registrations;
        this.payments = payments;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.waiveErrors = new FieldErrors(localizer, List.of("reason"));
        for (Observable criterion : List.<Observable>of(search, status, rateKind, paymentStatus, organization)) {
            criterion.addListener(observable -> refilter());
        }
        page.indexProperty().addListener((observable, before, after) -> {
            organizations.setAll(after.organizations());
            if (organization.get() != null && !after.organizations().contains(organization.get())) {
                organization.set(null);
            }
            refilter();
        });
        countText = localizer.text(() -> localizer.plural("registrations.count", page.registrations().size(),
                localizer.number(shown.size()), localizer.number(page.registrations().size())), shown,
                page.registrations());
        registeredText = localizer.text(() -> localizer.number(totals.get().registered()), totals);
        waitlistedText = localizer.text(() -> localizer.number(totals.get().waitlisted()), totals);
        paidText = localizer.text(() -> localizer.money(totals.get().paidCents()), totals);
        owedText = localizer.text(() -> localizer.money(totals.get().owedCents()), totals);
        byRateText = localizer.text(this::byRate, totals);
        canRecordPayment = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != RegistrationStatus.CANCELLED
                && selected.get().status() != RegistrationStatus.WAITLISTED, selected);
        canCancel = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != RegistrationStatus.CANCELLED, selected);
        canChangeFee = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != RegistrationStatus.CANCELLED, selected);
        waiveText = localizer.text(() -> localizer.get(selected.get() != null && selected.get().feeWaived()
                ? "registrations.action.restoreFee" : "registrations.action.waiveFee"), selected);
        canEdit = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != RegistrationStatus.CANCELLED, selected);
        canRefund = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().paidCents() > 0,
                selected);
        canToggleNoShow = Bindings.createBooleanBinding(() -> selected.get() != null
                && (selected.get().status() == RegistrationStatus.REGISTERED
                || selected.get().status() == RegistrationStatus.NO_SHOW), selected);
        noShowText = localizer.text(() -> localizer.get(selected.get() != null
                && selected.get().status() == RegistrationStatus.NO_SHOW
                ? "registrations.action.undoNoShow" : "registrations.action.markNoShow"), selected);
        payment = new PaymentFormViewModel(page, registrations, payments, executor, feedback, localizer);
        detailText = localizer.text(this::detailText, detail, selected);
        selected.subscribe(this::loadDetail);
    }

    /** What the list does not show of the registration selected: its days, sessions and payments. */
    public record Detail(long registrationId, List<LocalDate> days, List<SessionChoice> sessions,
                         List<Payment> payments) {
    }

    private void loadDetail(Registration registration) {
        if (registration == null) {
            detail.set(null);
            return;
        }
        long id = registration.id();
        executor.run(() -> new Detail(id, registrations.days(id), registrations.sessionChoices(id),
                payments.payments(id)), loaded -> {
            if (selected.get() != null && selected.get().id() == loaded.registrationId()) {
                detail.set(loaded);
            }
        }, feedback::showError);
    }

    private String detailText() {
        Registration registration = selected.get();
        Detail loaded = detail.get();
        if (registration == null || loaded == null || loaded.registrationId() != registration.id()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(" · ", presentOnly(registration.email(), localizer.label(registration.language()),
                loaded.days().isEmpty() ? localizer.get("registrations.detail.wholeEvent")
                        : localizer.get("registrations.detail.days", loaded.days().stream().map(localizer::date)
                        .collect(Collectors.joining(", "))))));
        if (!loaded.sessions().isEmpty()) {
            Map<Long, Session> sessions = page.sessions().stream()
                    .collect(Collectors.toMap(Session::id, session -> session));
            lines.add(localizer.get("registrations.detail.sessions", loaded.sessions().stream()
                    .filter(choice -> sessions.containsKey(choice.sessionId()))
                    .map(choice -> sessions.get(choice.sessionId()).title(localizer.language())
                            + (choice.status() == RegistrationStatus.WAITLISTED
                            ? " (" + localizer.label(RegistrationStatus.WAITLISTED) + ")" : ""))
                    .collect(Collectors.joining(", "))));
        }
        List<String> needs = presentOnly(
                need("registration.column.ACCESSIBILITY_NEEDS", registration.accessibilityNeeds()),
                need("registration.column.DIETARY_NEEDS", registration.dietaryNeeds()),
                need("registration.column.INTERPRETATION", registration.interpretation()),
                need("registration.column.CHILDCARE_NEEDS", registration.childcareNeeds()));
        if (!needs.isEmpty()) {
            lines.add(String.join(" · ", needs));
        }
        lines.add(loaded.payments().isEmpty() ? localizer.get("registrations.detail.noPayments")
                : localizer.get("registrations.detail.payments", loaded.payments().stream()
                .map(paid -> localizer.get("registrations.detail.payment", localizer.money(paid.amountCents()),
                        localizer.date(paid.paidOn()), localizer.label(paid.method())))
                .collect(Collectors.joining(", "))));
        return String.join("\n", lines);
    }

    private String need(String labelKey, String text) {
        return text == null ? null : localizer.get("registrations.detail.need", localizer.get(labelKey), text);
    }

    private static List<String> presentOnly(String... texts) {
        List<String> present = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                present.add(text);
            }
        }
        return present;
    }

    /** Where the confirmation and the receipt are sent by email from (unset: the screen offers no email). */
    public void sendLettersWith(MailingService mailings) {
        this.mailings = mailings;
    }

    /** Sends the registrant selected their confirmation or their payment receipt by email, in their language. */
    public void emailSelected(LetterKind kind) {
        Registration chosen = selected.get();
        if (chosen == null || mailings == null) {
            return;
        }
        Event event = page.event();
        LetterSending.send(executor, feedback, localizer, kind, () -> {
            Registration current = registrations.find(chosen.id()).orElseThrow();
            return mailings.sendLetter(kind == LetterKind.PAYMENT_RECEIPT
                    ? Letters.paymentReceipt(current, event,
                    payments.payments(current.id()))
                    : Letters.registrationConfirmation(current, event));
        }, () -> { });
    }

    /** Prepares the payment form for the registration selected. */
    public void startPayment() {
        if (selected.get() != null) {
            payment.start(selected.get());
        }
    }

    /** Prepares a refund to the registrant selected. */
    public void startRefund() {
        if (selected.get() != null) {
            payment.startRefund(selected.get());
        }
    }

    /**
     * Fills the registration form with the registration selected (its days and sessions read off the FX
     * thread), then runs {@code showForm}.
     */
    public void editSelected(Runnable showForm) {
        Registration registration = selected.get();
        if (registration == null) {
            return;
        }
        long id = registration.id();
        executor.run(() -> new Detail(id, registrations.days(id), registrations.sessionChoices(id), List.of()),
                loaded -> {
                    page.registrationForm().startEditing(registration, loaded.days(), loaded.sessions());
                    showForm.run();
                }, feedback::showError);
    }

    /** Marks the registrant selected as absent, or takes that back. */
    public void toggleNoShowSelected() {
        Registration registration = selected.get();
        if (registration == null) {
            return;
        }
        boolean undo = registration.status() == RegistrationStatus.NO_SHOW;
        executor.run(() -> undo ? registrations.undoNoShow(registration.id())
                : registrations.markNoShow(registration.id()), changed -> {
            page.changed(changed);
            selected.set(changed);
            feedback.notify(localizer.get(undo ? "registrations.notify.noShowUndone" : "registrations.notify.noShow",
                    changed.fullName()));
        }, feedback::showError);
    }

    /**
     * Cancels the selected registration. When it held a place, the first person waiting gets it, and the
     * notification names them.
     */
    public void cancelSelected() {
        Registration registration = selected.get();
        if (registration == null) {
            return;
        }
        executor.run(() -> registrations.cancel(registration.id()), result -> {
            page.changed(result.cancelled());
            result.promoted().ifPresent(page::changed);
            selected.set(result.cancelled());
            feedback.notify(result.promoted().map(promoted -> localizer.get("registrations.notify.cancelledPromoted",
                            result.cancelled().fullName(), promoted.fullName()))
                    .orElse(localizer.get("registrations.notify.cancelled", result.cancelled().fullName())));
        }, feedback::showError);
    }

    /** Starts waiving the selected registration's fee: staff give the reason first. */
    public void startWaiving() {
        waiveReason.set("");
        waiveErrors.clear();
    }

    /** Waives the selected registration's fee for the reason typed; runs {@code onWaived} once saved. */
    public void waiveSelected(Runnable onWaived) {
        Registration registration = selected.get();
        if (registration == null || waiving.get()) {
            return;
        }
        String reason = waiveReason.get();
        waiveErrors.clear();
        waiving.set(true);
        executor.run(() -> payments.waiveFee(registration.id(), reason), changed -> {
            waiving.set(false);
            page.changed(changed);
            selected.set(changed);
            feedback.notify(localizer.get("registrations.notify.feeWaived", changed.fullName()));
            onWaived.run();
        }, failure -> {
            waiving.set(false);
            if (!(failure instanceof ValidationException refusal) || !waiveErrors.show(refusal).isEmpty()) {
                feedback.showError(failure);
            }
        });
    }

    /** Asks for a waived fee again. */
    public void restoreFeeSelected() {
        Registration registration = selected.get();
        if (registration == null) {
            return;
        }
        executor.run(() -> payments.restoreFee(registration.id()), changed -> {
            page.changed(changed);
            selected.set(changed);
            feedback.notify(localizer.get("registrations.notify.feeRestored", changed.fullName()));
        }, feedback::showError);
    }

    public StringProperty waiveReasonProperty() {
        return waiveReason;
    }

    public FieldErrors waiveErrors() {
        return waiveErrors;
    }

    public BooleanProperty waivingProperty() {
        return waiving;
    }

    /** Computes the selected registration's fee again from the current fee schedule. */
    public void recalculateSelected() {
        Registration registration = selected.get();
        if (registration == null) {
            return;
        }
        executor.run(() -> payments.recalculateFee(registration.id()), recalculated -> {
            page.changed(recalculated);
            selected.set(recalculated);
            feedback.notify(recalculated.amountDueCents() == registration.amountDueCents()
                    ? localizer.get("registrations.notify.feeUnchanged", recalculated.fullName(),
                    localizer.money(recalculated.amountDueCents()))
                    : localizer.get("registrations.notify.feeRecalculated", recalculated.fullName(),
                    localizer.money(registration.amountDueCents()), localizer.money(recalculated.amountDueCents())));
        }, feedback::showError);
    }

    /** Shows the registrations that match the search and filters, and their totals. */
    private void refilter() {
        Registration previouslySelected = selected.get();
        List<Registration> matching = page.indexProperty().get().matching(new RegistrationFilter.Criteria(
                search.get(), status.get(), rateKind.get(), paymentStatus.get(), organization.get()));
        shown.setAll(matching);
        totals.set(RegistrationTotals.of(matching));
        if (previouslySelected != null) {
            selected.set(matching.stream().filter(row -> row.id() == previouslySelected.id()).findFirst()
                    .orElse(null));
        }
    }

    private String byRate() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RateKind, Integer> entry : totals.get().placesByRate().entrySet()) {
            parts.add(localizer.get("registrations.totals.rate",
                    localizer.get("registrations.rateKind." + entry.getKey().name()),
                    localizer.number(entry.getValue())));
        }
        if (totals.get().coveredByFund() > 0) {
            parts.add(localizer.plural("fund.totals.covered", totals.get().coveredByFund(),
                    localizer.number(totals.get().coveredByFund())));
        }
        return String.join(" · ", parts);
    }

    public void clearFilters() {
        search.set("");
        status.set(null);
        rateKind.set(null);
        paymentStatus.set(null);
        organization.set(null);
    }

    /** The registrations shown, with the columns chosen, in the order shown. */
    public ListExport registrationsExport(ExportWriters writers, List<Registration> rowsInOrder,
                                          List<RegistrationColumn> columns) {
        return writers.registrations(page.event(), List.copyOf(rowsInOrder), List.copyOf(columns),
                localizer.messages());
    }

    /** Every payment of the event, read from the database while the file is written. */
    public ListExport paymentsExport(ExportWriters writers) {
        Event event = page.event();
        return writers.payments(event, () -> payments.paymentsOfEvent(event.id()),
                List.copyOf(page.registrations()), localizer.messages());
    }

    /**
     * The sheet to sign on one day: everyone holding a place and attending that day, in alphabetical order.
     * Who attends the day is read while the file is written, off the FX thread.
     */
    public ListExport attendanceSheet(ExportWriters writers, LocalDate day) {
        Event event = page.event();
        List<Registration> all = List.copyOf(page.registrations());
        Messages messages = localizer.messages();
        return (format, file, progress) -> {
            Set<Long> attending = registrations.attendingOn(event.id(), day);
            writers.attendanceSheet(event, all.stream().filter(row -> attending.contains(row.id())).toList(), day,
                    messages).write(format, file, progress);
        };
    }

    /** Badges of everyone holding a place, in alphabetical order. */
    public ListExport nameBadges(ExportWriters writers) {
        List<Registration> holdingAPlace = page.registrations().stream()
                .filter(registration -> registration.status().holdsAPlace())
                .sorted(page.indexProperty().get().byName()).toList();
        return writers.nameBadges(page.event(), holdingAPlace);
    }

    /** How many people hold a place: what the attendance sheet and badges will list. */
    public int placesTaken() {
        return (int) page.registrations().stream().filter(registration -> registration.status().holdsAPlace())
                .count();
    }

    /** The file name's first part: the kind of list and the event, such as "registrations-spring-2027". */
    public String fileName(String kindKey) {
        return localizer.get(kindKey) + "-" + Texts.slug(
                page.event().title(localizer.language()));
    }

    public Comparator<Registration> byName() {
        return (a, b) -> page.indexProperty().get().byName().compare(a, b);
    }

    public Comparator<Registration> byOrganization() {
        return (a, b) -> page.indexProperty().get().byOrganization().compare(a, b);
    }

    /** The days, sessions, needs and payments of the registration selected, a line each. */
    public StringBinding detailTextProperty() {
        return detailText;
    }

    public PaymentFormViewModel payment() {
        return payment;
    }

    public BooleanBinding canRecordPaymentProperty() {
        return canRecordPayment;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    public BooleanBinding canChangeFeeProperty() {
        return canChangeFee;
    }

    /** "Waive fee", or "Ask for the fee again" when it is waived. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public BooleanBinding canRefundProperty() {
        return canRefund;
    }

    public BooleanBinding canToggleNoShowProperty() {
        return canToggleNoShow;
    }

    /** "Mark as absent", or "Undo absence" when the registrant selected is marked absent. */
    public StringBinding noShowTextProperty() {
        return noShowText;
    }

    public StringBinding waiveTextProperty() {
        return waiveText;
    }

    public EventViewModel page() {
        return page;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RegistrationStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<RateKind> rateKindProperty() {
        return rateKind;
    }

    public ObjectProperty<PaymentStatus> paymentStatusProperty() {
        return paymentStatus;
    }

    /** The organization filter: one organization's name, or null for all. */
    public ObjectProperty<String> organizationProperty() {
        return organization;
    }

    public ObservableList<String> organizations() {
        return organizations;
    }

    public ObservableList<Registration> shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<RegistrationTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ObjectProperty<Registration> selectedProperty() {
        return selected;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringBinding registeredTextProperty() {
        return registeredText;
    }

    public StringBinding waitlistedTextProperty() {
        return waitlistedText;
    }

    public StringBinding paidTextProperty() {
        return paidText;
    }

    public StringBinding owedTextProperty() {
        return owedText;
    }

    /** "member: 300 · non-member: 90 · special: 22". */
    public StringBinding byRateTextProperty() {
        return byRateText;
    }
}
