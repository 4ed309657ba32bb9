package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** A mailing's state: its outbox being sent (or waiting to be resumed), done, or cancelled. */
public enum MailingStatus implements Labelled {
    SENDING, FINISHED, CANCELLED;

    @Override
    public String labelKey() {
        return "mailings.status." + name();
    }
}
