package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.common.Labelled;

/** The themes resolutions are filed under. */
public enum ResolutionTheme implements Labelled {
    FAMILY_REUNIFICATION, SEPARATED_CHILDREN, DETENTION, REFUGEE_DETERMINATION, PRIVATE_SPONSORSHIP, RESETTLEMENT,
    SETTLEMENT_SERVICES, CITIZENSHIP, TEMPORARY_RESIDENTS, MIGRANT_WORKERS, TRAFFICKING, HEALTH, YOUTH,
    GENDER_AND_LGBTQ, ANTI_OPPRESSION, INDIGENOUS_PEOPLES, REMOVALS, SECURITY_CERTIFICATES;

    @Override
    public String labelKey() {
        return "resolution.theme." + name();
    }
}
