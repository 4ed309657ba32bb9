package ca.ccrweb.office.desktop.mailings;

import ca.ccrweb.office.core.mailings.Delivery;
import ca.ccrweb.office.core.mailings.DeliveryStatus;
import ca.ccrweb.office.core.mailings.LetterKind;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.TaskExecutor;
import ca.ccrweb.office.desktop.common.UserFeedback;

import java.util.concurrent.Callable;

/**
 * Sends one letter by email off the FX thread and says what became of it: sent, or refused by the server with its
 * reply (a dialog: the person did not get it). Used where each letter is made: the new account, the registration,
 * the fund award.
 */
public final class LetterSending {
    private LetterSending() {
    }

    public static void send(TaskExecutor executor, UserFeedback feedback, Localizer localizer, LetterKind kind,
                            Callable<Delivery> sending, Runnable whenDone) {
        executor.run(sending, delivery -> {
            whenDone.run();
            if (delivery.status() == DeliveryStatus.SENT) {
                feedback.notify(localizer.get("mailings.letter.notify.sent", localizer.label(kind), delivery.email()));
            } else {
                feedback.showError(new ca.ccrweb.office.core.common.OfficeException("mailings.letter.error.refused",
                        localizer.label(kind), delivery.email(), String.valueOf(delivery.serverReply())));
            }
        }, failure -> {
            whenDone.run();
            feedback.showError(failure);
        });
    }
}
