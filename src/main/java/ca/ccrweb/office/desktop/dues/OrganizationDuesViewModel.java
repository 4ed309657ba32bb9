package ca.ccrweb.office.desktop.dues;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.common.FieldError;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.membership.DuesBracket;
import ca.ccrweb.office.core.membership.DuesLetters;
import ca.ccrweb.office.core.membership.DuesLine;
import ca.ccrweb.office.core.membership.DuesPayment;
import ca.ccrweb.office.core.membership.DuesPaymentDraft;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.common.FieldErrors;
import ca.ccrweb.office.desktop.common.ListExport;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * An organization's Dues tab: its bracket, its voting delegate, its dues of every year (assessed, paid,
 * balance) with the payments, the payment form, and its invoice and receipt.
 */
public final class OrganizationDuesViewModel {
    public static final List<String> PAYMENT_FIELDS = List.of("amount", "paidOn", "method", "reference");

    private final OfficeServices office;
    private final TaskExecutor executor;
    private final UserFeedback feedback;
    private final Localizer localizer;
    private final Consumer<Organization> membershipChanged;

    private final ReadOnlyObjectWrapper<Organization> organization = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DuesBracket> brackets = FXCollections.observableArrayList();
    private final ObjectProperty<DuesBracket> bracket = new SimpleObjectProperty<>();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> delegate = new SimpleObjectProperty<>();
    private final ObservableList<DuesLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DuesLine> selectedLine = new SimpleObjectProperty<>();
    private final ObservableList<DuesPayment> payments = FXCollections.observableArrayList();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;
    private boolean showing;

    /** @param membershipChanged told when a payment renewed a lapsed member, so the list shows it active */
    public OrganizationDuesViewModel(OfficeServices office, TaskExecutor executor, UserFeedback feedback,
                                     Localizer localizer, Consumer<Organization> membershipChanged) {
        this.office = office;
        this.executor = executor;
        this.feedback = feedback;
        this.localizer = localizer;
        this.membershipChanged = membershipChanged;
        this.errors = new FieldErrors(localizer, PAYMENT_FIELDS);
        bracket.addListener((observable, before, chosen) -> {
            if (!showing && chosen != null && organization.get() != null) {
                long id = organization.get().id();
                executor.run(() -> office.dues().setBracket(id, chosen.id()), saved -> feedback.notify(
                        localizer.get("dues.notify.bracket", saved.label(localizer.language()))), feedback::showError);
            }
        });
        delegate.addListener((observable, before, chosen) -> {
            if (!showing && organization.get() != null) {
                long id = organization.get().id();
                Long accountId = chosen == null ? null : chosen.id();
                executor.run(() -> office.dues().setVotingDelegate(id, accountId), saved -> feedback.notify(
                        saved.map(account -> localizer.get("dues.notify.delegate", account.fullName()))
                                .orElse(localizer.get("dues.notify.noDelegate"))), feedback::showError);
            }
        });
    }

    private record Loaded(List<DuesBracket> brackets, DuesBracket bracket, List<Account> accounts, Account delegate,
                          List<DuesLine> lines, List<DuesPayment> payments) {
    }

    private record Paid(DuesLine line, Organization organization) {
    }

    /** Shows an organization's dues (null: nothing). */
    public void show(Organization shown) {
        organization.set(shown);
        if (shown == null) {
            lines.clear();
            payments.clear();
            return;
        }
        long id = shown.id();
        executor.run(() -> new Loaded(office.dues().brackets(), office.dues().bracketOf(id).orElse(null),
                office.accounts().forOrganization(id), office.dues().votingDelegate(id).orElse(null),
                office.dues().linesOf(id), office.dues().paymentsOf(id)), loaded -> {
            if (organization.get() == null || organization.get().id() != id) {
                return;
            }
            showing = true;
            brackets.setAll(loaded.brackets());
            bracket.set(loaded.bracket() == null ? null : loaded.brackets().stream()
                    .filter(b -> b.id() == loaded.bracket().id()).findFirst().orElse(null));
            accounts.setAll(loaded.accounts());
            delegate.set(loaded.delegate() == null ? null : loaded.accounts().stream()
                    .filter(a -> a.id() == loaded.delegate().id()).findFirst().orElse(null));
            DuesLine before = selectedLine.get();
            lines.setAll(loaded.lines());
            selectedLine.set(loaded.lines().stream().filter(line -> before != null && line.year() == before.year())
                    .findFirst().orElse(loaded.lines().isEmpty() ? null : loaded.lines().getFirst()));
            payments.setAll(loaded.payments());
            showing = false;
        }, feedback::showError);
    }

    /** The payment form for the selected year: its balance, received today. */
    public void startPayment() {
        DuesLine line = selectedLine.get();
        amount.set(line == null ? "" : Money.typed(line.balanceCents(), localizer.messages().locale()));
        paidOn.set(LocalDate.now(office.clock()));
        method.set(null);
        reference.set("");
        errors.clear();
    }

    public void recordPayment(Runnable afterSaving) {
        DuesLine line = selectedLine.get();
        Organization paying = organization.get();
        if (saving.get() || line == null || paying == null) {
            return;
        }
        Money.Reading reading = Money.read("amount", amount.get(), localizer.messages().locale());
        if (!reading.isValid() || reading.cents() == null) {
            errors.show(new ValidationException(List.of(reading.isValid()
                    ? new FieldError("amount", "validation.required") : reading.error())));
            return;
        }
        DuesPaymentDraft draft = new DuesPaymentDraft(reading.cents(), paidOn.get(), method.get(), reference.get());
        saving.set(true);
        executor.run(() -> new Paid(office.dues().recordPayment(paying.id(), line.year(), draft),
                office.membership().find(paying.id()).orElseThrow()), paid -> {
            saving.set(false);
            errors.clear();
            feedback.notify(localizer.get("dues.notify.paid", localizer.money(draft.amountCents()),
                    paying.name(), localizer.money(paid.line().balanceCents())));
            if (paid.organization().status() != paying.status()) {
                membershipChanged.accept(paid.organization());
            }
            show(paid.organization());
            afterSaving.run();
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refusal) {
                errors.show(refusal);
            } else {
                feedback.showError(failure);
            }
        });
    }

    /** The invoice of the selected year, in the organization's language. */
    public ListExport invoice() {
        Organization addressee = organization.get();
        DuesLine line = selectedLine.get();
        return (format, file, progress) -> office.exportDocument("dues invoice", 1, file,
                output -> DuesLetters.invoice(addressee, line, office.officeSettings().current(),
                        LocalDate.now(office.clock()), output));
    }

    /** The receipt of the payments of the selected year, in the organization's language. */
    public ListExport receipt() {
        Organization addressee = organization.get();
        DuesLine line = selectedLine.get();
        List<DuesPayment> paid = List.copyOf(payments);
        return (format, file, progress) -> office.exportDocument("dues receipt", 1, file,
                output -> DuesLetters.receipt(addressee, line, paid, office.officeSettings().current(),
                        LocalDate.now(office.clock()), output));
    }

    public ReadOnlyObjectProperty<Organization> organizationProperty() {
        return organization.getReadOnlyProperty();
    }

    public ObservableList<DuesBracket> brackets() {
        return brackets;
    }

    public ObjectProperty<DuesBracket> bracketProperty() {
        return bracket;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> delegateProperty() {
        return delegate;
    }

    public ObservableList<DuesLine> lines() {
        return lines;
    }

    public ObjectProperty<DuesLine> selectedLineProperty() {
        return selectedLine;
    }

    public ObservableList<DuesPayment> payments() {
        return payments;
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

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Today, by the office's clock. */
    public LocalDate today() {
        return LocalDate.now(office.clock());
    }
}
