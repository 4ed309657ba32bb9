package ca.ccrweb.office.desktop.common;

import javafx.scene.Node;

/** One screen of the work area. The shell forwards the keyboard shortcuts to the page shown. */
public interface Page {
    Node view();

    /** The page is shown: refresh what others may have changed. */
    default void activate() {
    }

    /**
     * The page is no longer shown (another section, sign-out, a lock): it releases what it subscribed to in
     * {@link #activate()}, so a page out of sight does no work, such as reloading at a switch of language.
     */
    default void deactivate() {
    }

    /** Ctrl+F. */
    default void focusSearch() {
    }

    /** Ctrl+N. */
    default void createNew() {
    }

    /** Ctrl+E. */
    default void export() {
    }

    /** Whether the page may be left; asks first when it holds unsaved edits. */
    default boolean confirmLeave() {
        return true;
    }
}
