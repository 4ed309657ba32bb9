package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

/** Whom a member organization serves; drives the member directory. */
public enum Clientele implements Labelled {
    REFUGEE_CLAIMANTS,
    GOVERNMENT_ASSISTED_REFUGEES,
    PRIVATELY_SPONSORED_REFUGEES,
    IMMIGRANTS,
    TEMPORARY_RESIDENTS,
    PEOPLE_WITHOUT_STATUS,
    WOMEN,
    YOUTH,
    CHILDREN,
    SENIORS,
    LGBTQ,
    SURVIVORS_OF_TORTURE,
    SURVIVORS_OF_TRAFFICKING;

    @Override
    public String labelKey() {
        return "clientele." + name();
    }
}
