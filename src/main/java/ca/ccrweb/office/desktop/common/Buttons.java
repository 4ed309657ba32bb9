package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;

/** Buttons that say what they do, with an icon, in the user's language. */
public final class Buttons {
    private Buttons() {
    }

    /** The main action of a screen or form. */
    public static Button accent(Localizer localizer, String id, String textKey, Ikon icon) {
        Button button = plain(localizer, id, textKey, icon);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    /** A secondary action. */
    public static Button outlined(Localizer localizer, String id, String textKey, Ikon icon) {
        Button button = plain(localizer, id, textKey, icon);
        button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        return button;
    }

    private static Button plain(Localizer localizer, String id, String textKey, Ikon icon) {
        Button button = new Button();
        button.setId(id);
        Mnemonics.bind(button, localizer.text(textKey));
        // A button's words are never cut: the row it sits in wraps or scrolls instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (icon != null) {
            button.setGraphic(Icons.of(icon));
        }
        return button;
    }
}
