package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** Whom a model letter is addressed to: the federal immigration minister, an MP (by riding), a provincial minister. */
public enum AddresseeKind implements Labelled {
    MINISTER, MP, PROVINCIAL_MINISTER;

    @Override
    public String labelKey() {
        return "advocacy.addressee." + name();
    }
}
