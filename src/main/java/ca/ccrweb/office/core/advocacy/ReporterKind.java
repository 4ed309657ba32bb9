package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** Who reports an action: a member organization or an individual. */
public enum ReporterKind implements Labelled {
    ORGANIZATION, INDIVIDUAL;

    @Override
    public String labelKey() {
        return "advocacy.reporter." + name();
    }
}
