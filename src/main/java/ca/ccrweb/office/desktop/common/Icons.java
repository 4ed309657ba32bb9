package ca.ccrweb.office.desktop.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons, the one icon set of the desktop. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon icon) {
        return new FontIcon(icon);
    }

    public static FontIcon sized(Ikon icon, int size) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.setIconSize(size);
        return fontIcon;
    }
}
