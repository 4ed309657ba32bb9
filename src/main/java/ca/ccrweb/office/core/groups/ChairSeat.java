package ca.ccrweb.office.core.groups;

import ca.ccrweb.office.core.common.Labelled;

/** The seats at the head of a group; one person holds a seat at a time. */
public enum ChairSeat implements Labelled {
    CHAIR, FIRST_CO_CHAIR, SECOND_CO_CHAIR;

    @Override
    public String labelKey() {
        return "group.seat." + name();
    }
}
