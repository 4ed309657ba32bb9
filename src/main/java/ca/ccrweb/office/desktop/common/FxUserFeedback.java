package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.LogFolder;
import ca.ccrweb.office.core.common.OfficeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;

/** Feedback on screen: toasts for success, dialogs for errors. */
public final class FxUserFeedback implements UserFeedback {
    private static final Logger LOG = LoggerFactory.getLogger(FxUserFeedback.class);

    private final Dialogs dialogs;
    private final Toasts toasts;

    public FxUserFeedback(Dialogs dialogs, Toasts toasts) {
        this.dialogs = dialogs;
        this.toasts = toasts;
    }

    @Override
    public void notify(String message) {
        toasts.show(message, null, null);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        toasts.show(message, actionText, action);
    }

    @Override
    public void showError(Throwable error) {
        Localizer localizer = dialogs.localizer();
        if (error instanceof CancellationException) {
            notify(localizer.get("common.work.cancelled"));
        } else if (error instanceof OfficeException refusal) {
            dialogs.error(localizer.get("common.error.refused"), refusal.localizedMessage(localizer.messages()));
        } else {
            LOG.error("Unexpected failure shown to the user", error);
            String what = error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage());
            dialogs.error(localizer.get("common.error.unexpected.header"),
                    localizer.get("common.error.unexpected.content", what) + "\n\n"
                            + localizer.get("common.error.unexpected.log", LogFolder.path().toAbsolutePath()));
        }
    }
}
