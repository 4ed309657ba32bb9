package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.common.Labelled;

/** Whether an award's recipient came to one of the consultations the award names, read from the registration. */
public enum Attendance implements Labelled {
    /** Checked in. */
    ATTENDED,
    /** Marked absent, cancelled, or never registered for a consultation that is over. */
    MISSED,
    /** Registered for a consultation still to come (or under way). */
    EXPECTED,
    /** Not registered yet for a consultation still to come. */
    NOT_REGISTERED,
    /** Over, registered, but neither checked in nor marked absent. */
    NOT_RECORDED;

    @Override
    public String labelKey() {
        return "fund.attendance." + name();
    }
}
