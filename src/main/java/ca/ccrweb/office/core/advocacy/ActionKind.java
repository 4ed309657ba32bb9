package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** The kinds of action a campaign suggests and members report. */
public enum ActionKind implements Labelled {
    LETTER_TO_MINISTER, LETTER_TO_MP, MEETING_WITH_MP, PROVINCIAL_GOVERNMENT, NETWORKS, ALLIES, SOCIAL_MEDIA, OTHER;

    @Override
    public String labelKey() {
        return "advocacy.action." + name();
    }
}
