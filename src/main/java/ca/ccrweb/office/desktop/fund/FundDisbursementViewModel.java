package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.List;

/** Money paid on the award selected, against one of its expense lines. */
public final class FundDisbursementViewModel {
    private final FundViewModel list;
    private final OfficeServices office;
    private final FundService fund;
    private final Localizer localizer;

    private final ObjectProperty<ExpenseLine> expense = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>();
    private final StringProperty receipt = new SimpleStringProperty("");

    FundDisbursementViewModel(FundViewModel list, OfficeServices office, Localizer localizer) {
        this.list = list;
        this.office = office;
        this.fund = office.fund();
        this.localizer = localizer;
        paidOn.set(LocalDate.now(office.clock()));
    }

    /** An empty form, paid today, for the application just selected. */
    void clear() {
        amount.set("");
        receipt.set("");
        method.set(null);
        expense.set(null);
        paidOn.set(LocalDate.now(office.clock()));
    }

    /** Records money paid on the award shown, against the expense chosen. */
    public void disburse() {
        FundRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        list.errors().clear();
        Money.Reading typed = Money.read("disbursement.amount", amount.get(), localizer.messages().locale());
        if (!typed.isValid()) {
            list.errors().show(new ValidationException(List.of(typed.error())));
            return;
        }
        long cents = typed.cents() == null ? 0 : typed.cents();
        ExpenseLine line = expense.get();
        LocalDate day = paidOn.get();
        PaymentMethod how = method.get();
        String number = receipt.get();
        list.change(() -> fund.disburse(row.id(), line, cents, day, how, number), paid -> {
            list.feedback().notify(localizer.get("fund.notify.disbursed", localizer.money(paid.amountCents()),
                    row.application().applicantName()));
            list.showSelectedAgain();
        });
    }

    public ObjectProperty<ExpenseLine> expenseProperty() {
        return expense;
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

    public StringProperty receiptProperty() {
        return receipt;
    }
}
