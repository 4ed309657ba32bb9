package ca.ccrweb.office.desktop.common;

/**
 * How view models speak to the person: a short notification after success, and errors. The desktop
 * shows these as a toast and dialogs; view-model tests record them.
 */
public interface UserFeedback {
    void notify(String message);

    /** A notification offering one follow-up, such as opening the file just written. */
    void notify(String message, String actionText, Runnable action);

    /**
     * A refusal ({@link ca.ccrweb.office.core.common.OfficeException}) is shown with its message; anything
     * else is logged and shown as an unexpected problem that left saved data as it was.
     */
    void showError(Throwable error);
}
