package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.l10n.Messages;
import javafx.scene.Node;
import javafx.util.Subscription;

import java.util.function.Consumer;

/**
 * What a piece of screen does when the language switches (redraw a badge, refresh a table), for as long as
 * that piece of screen lives: the node holds the listener, the application-wide localizer only weakly, so
 * views never keep themselves alive through the localizer.
 */
public final class LanguageSwitches {
    private LanguageSwitches() {
    }

    public static void follow(Localizer localizer, Node owner, Consumer<Messages> action) {
        Subscription subscription = localizer.whenSwitched(action);
        owner.getProperties().put(subscription, subscription);
    }

    /** The same, run once now as well. */
    public static void followNow(Localizer localizer, Node owner, Consumer<Messages> action) {
        action.accept(localizer.messages());
        follow(localizer, owner, action);
    }
}
