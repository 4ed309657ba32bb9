package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.common.Labelled;

/** How the connection to the mail server is protected. */
public enum MailSecurity implements Labelled {
    /** STARTTLS on the submission port (587), required: the password never travels in clear. */
    STARTTLS,
    /** TLS from the first byte (port 465). */
    TLS,
    /** No encryption: only for a server on the office's own network. */
    NONE;

    @Override
    public String labelKey() {
        return "mailings.security." + name();
    }
}
