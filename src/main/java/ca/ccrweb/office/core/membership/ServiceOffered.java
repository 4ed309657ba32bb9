package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.common.Labelled;

/** What a member organization offers; drives the member directory. */
public enum ServiceOffered implements Labelled {
    SETTLEMENT,
    RESETTLEMENT_ASSISTANCE,
    PRIVATE_SPONSORSHIP,
    REFUGEE_CLAIMANT_SUPPORT,
    LEGAL_INFORMATION,
    FAMILY_REUNIFICATION,
    HOUSING,
    EMPLOYMENT,
    LANGUAGE_TRAINING,
    MENTAL_HEALTH,
    INTERPRETATION,
    YOUTH_PROGRAMS,
    DETENTION_SUPPORT,
    ADVOCACY,
    PUBLIC_EDUCATION;

    @Override
    public String labelKey() {
        return "service." + name();
    }
}
