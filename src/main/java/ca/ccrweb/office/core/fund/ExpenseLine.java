package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.common.Labelled;

/** What the fund pays for, line by line: requested, awarded and disbursed amounts are kept per line. */
public enum ExpenseLine implements Labelled {
    TRAVEL, LODGING, MEALS, REGISTRATION, CHILDCARE, OTHER;

    @Override
    public String labelKey() {
        return "fund.expense." + name();
    }
}
