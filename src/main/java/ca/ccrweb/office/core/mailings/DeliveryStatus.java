package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/**
 * What became of one recipient. SENDING is held only while the server is being told; a SENDING row found by
 * the next run means the sending process stopped at that moment, so the message may or may not have left:
 * it becomes IN_DOUBT and is never sent again by itself (ADR 0021).
 */
public enum DeliveryStatus implements Labelled {
    PENDING, SENDING, SENT, REFUSED, FAILED, IN_DOUBT, CANCELLED;

    /** Whether "send again to those who failed" sends to this recipient. */
    public boolean failed() {
        return this == REFUSED || this == FAILED || this == IN_DOUBT;
    }

    @Override
    public String labelKey() {
        return "mailings.delivery." + name();
    }
}
