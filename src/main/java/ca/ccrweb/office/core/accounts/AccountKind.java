package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.common.Labelled;

public enum AccountKind implements Labelled {
    ADMINISTRATOR, INDIVIDUAL;

    @Override
    public String labelKey() {
        return "account.kind." + name();
    }
}
