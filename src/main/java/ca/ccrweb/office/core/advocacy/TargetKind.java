package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** Whom a reported action reached. */
public enum TargetKind implements Labelled {
    MINISTER, MP, PROVINCIAL_OFFICIAL, MEDIA, ALLIES;

    @Override
    public String labelKey() {
        return "advocacy.target." + name();
    }
}
