package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.common.Labelled;

/** The fund's two streams: one consultation paid for, or three within one year. */
public enum FundStream implements Labelled {
    PARTICIPATION(1), LEADERSHIP(3);

    private final int consultations;

    FundStream(int consultations) {
        this.consultations = consultations;
    }

    /** How many consultations an application in this stream names. */
    public int consultations() {
        return consultations;
    }

    @Override
    public String labelKey() {
        return "fund.stream." + name();
    }
}
