package ca.ccrweb.office.desktop.common;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the view model told the person, for tests to read. */
public final class RecordingFeedback implements UserFeedback {
    private final List<String> notifications = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        notifications.add(message);
    }

    @Override
    public void showError(Throwable error) {
        errors.add(error);
    }

    public List<String> notifications() {
        return notifications;
    }

    public List<Throwable> errors() {
        return errors;
    }
}
