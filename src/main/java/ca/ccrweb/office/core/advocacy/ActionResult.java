package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.common.Labelled;

/** What came of an action, as the member reported it. */
public enum ActionResult implements Labelled {
    REPLY_RECEIVED, MEETING_HELD, COMMITMENT, NO_ANSWER;

    @Override
    public String labelKey() {
        return "advocacy.result." + name();
    }
}
