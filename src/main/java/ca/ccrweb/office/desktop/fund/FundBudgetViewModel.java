package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.fund.BudgetLine;
import ca.ccrweb.office.core.fund.BudgetSummary;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Money;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The budget of the year shown, per stream: allocated, committed, disbursed; set by those who manage the fund. */
public final class FundBudgetViewModel {
    private final FundViewModel list;
    private final OfficeServices office;
    private final FundService fund;
    private final Localizer localizer;
    private final ObservableList<BudgetLine> lines = FXCollections.observableArrayList();
    private final Map<FundStream, StringProperty> texts = new EnumMap<>(FundStream.class);

    FundBudgetViewModel(FundViewModel list, OfficeServices office, Localizer localizer) {
        this.list = list;
        this.office = office;
        this.fund = office.fund();
        this.localizer = localizer;
        for (FundStream each : FundStream.values()) {
            texts.put(each, new SimpleStringProperty(""));
        }
    }

    void show(List<BudgetLine> read) {
        lines.setAll(read);
        for (BudgetLine line : read) {
            texts.get(line.stream()).set(Money.typed(line.allocatedCents(), localizer.messages().locale()));
        }
    }

    /** Sets a stream's budget for the year shown to the amount typed. */
    public void save(FundStream which) {
        Integer shownYear = list.yearProperty().get();
        if (shownYear == null) {
            return;
        }
        list.errors().clear();
        Money.Reading amount = Money.read("allocated", texts.get(which).get(), localizer.messages().locale());
        if (!amount.isValid()) {
            list.errors().show(new ValidationException(List.of(amount.error())));
            return;
        }
        long cents = amount.cents() == null ? 0 : amount.cents();
        list.change(() -> fund.setBudget(shownYear, which, cents), line -> list.feedback().notify(
                localizer.get("fund.notify.budget", localizer.label(which), String.valueOf(shownYear),
                        localizer.money(line.allocatedCents()))));
    }

    /** The board's one-page budget summary of the year shown. */
    public void writeSummary(Path file) throws Exception {
        int shownYear = list.yearProperty().get();
        office.exportDocument(localizer.get("fund.document.summary", String.valueOf(shownYear)), 1, file,
                output -> BudgetSummary.write(fund.summary(shownYear), office.officeSettings().current(),
                        localizer.messages(), LocalDate.now(office.clock()), output));
    }

    /** The budget line of a stream for the year shown (zeros before it is read). */
    public BudgetLine line(FundStream which) {
        Integer shownYear = list.yearProperty().get();
        return lines.stream().filter(line -> line.stream() == which).findFirst()
                .orElse(new BudgetLine(shownYear == null ? 0 : shownYear, which, 0, 0, 0));
    }

    public ObservableList<BudgetLine> lines() {
        return lines;
    }

    public StringProperty textProperty(FundStream which) {
        return texts.get(which);
    }
}
