package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.security.Permission;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

import java.util.function.Predicate;

/**
 * What the person signed in may do, for screens that hide what their role cannot do (the services refuse it
 * anyway, so this is about not offering what would only be refused). A role does not change while a main
 * window lives (someone else signing in gets a new one), so a control is hidden once, when the screen is built:
 * <pre>{@code permissions.showOnlyIf(Permission.DECIDE_MEMBERSHIP, approve, reject);}</pre>
 */
public final class Permissions {
    private final Predicate<Permission> granted;

    /** @param granted whether the person signed in may act so, such as {@code AppServices::can} */
    public Permissions(Predicate<Permission> granted) {
        this.granted = granted;
    }

    /** Everything allowed: for screens shown without anyone signed in (tests, tools). */
    public static Permissions all() {
        return new Permissions(permission -> true);
    }

    public boolean can(Permission permission) {
        return granted.test(permission);
    }

    /**
     * Hides the controls, and gives their room to the others, unless the role holds the permission. Call it after
     * the controls' own bindings are made: a control refused stays hidden and disabled whatever those said.
     */
    public void showOnlyIf(Permission permission, Node... controls) {
        if (can(permission)) {
            return;
        }
        for (Node control : controls) {
            control.visibleProperty().unbind();
            control.setVisible(false);
            control.managedProperty().unbind();
            control.setManaged(false);
            control.disableProperty().unbind();
            control.setDisable(true);
        }
    }

    /**
     * Leaves a form readable but not changeable unless the role holds the permission: text stays selectable
     * (not editable), choices and check boxes are disabled. Its Save and Cancel buttons are hidden separately.
     */
    public void readOnlyUnless(Permission permission, Node form) {
        if (!can(permission)) {
            readOnly(form);
        }
    }

    private static void readOnly(Node node) {
        if (node instanceof TextInputControl input) {
            input.setEditable(false);
        } else if (node instanceof ComboBoxBase<?> || node instanceof ButtonBase || node instanceof Spinner<?>) {
            node.disableProperty().unbind();
            node.setDisable(true);
        } else if (node instanceof ScrollPane scroller && scroller.getContent() != null) {
            readOnly(scroller.getContent());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Permissions::readOnly);
        }
    }

    /** As {@link #showOnlyIf(Permission, Node...)}, for the entries of a menu. */
    public void showOnlyIf(Permission permission, MenuItem... items) {
        if (can(permission)) {
            return;
        }
        for (MenuItem item : items) {
            item.visibleProperty().unbind();
            item.setVisible(false);
            item.disableProperty().unbind();
            item.setDisable(true);
        }
    }
}
