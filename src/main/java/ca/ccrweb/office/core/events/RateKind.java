package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.common.Labelled;

/** Member and non-member rates are chosen by membership on the registration date; special rates (refugee or newcomer, youth, student...) are chosen by staff. */
public enum RateKind implements Labelled {
    MEMBER, NON_MEMBER, SPECIAL;

    @Override
    public String labelKey() {
        return "rate.kind." + name();
    }
}
