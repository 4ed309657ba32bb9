package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.common.Labelled;

public enum AccountStatus implements Labelled {
    ACTIVE, DISABLED;

    @Override
    public String labelKey() {
        return "account.status." + name();
    }
}
