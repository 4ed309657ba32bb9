package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** Express consent (the person asked) or implied consent (an existing relationship), as CASL names them. */
public enum ConsentKind implements Labelled {
    EXPRESS, IMPLIED;

    @Override
    public String labelKey() {
        return "mailings.consent." + name();
    }
}
