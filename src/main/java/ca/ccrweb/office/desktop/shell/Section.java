package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.common.Labelled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.Locale;

/** The entries of the navigation bar, in the order of the design; some are not built yet. */
public enum Section implements Labelled {
    DASHBOARD(Feather.HOME, true),
    APPLICATIONS(Feather.INBOX, true),
    MEMBERS(Feather.USERS, true),
    DUES(Feather.DOLLAR_SIGN, true),
    ACCOUNTS(Feather.KEY, true),
    CONTACTS(Feather.BOOK, true),
    EVENTS(Feather.CALENDAR, true),
    FUND(Feather.HEART, true),
    COMMUNICATIONS(Feather.MAIL, true),
    DIRECTORY(Feather.BOOK_OPEN, true),
    GROUPS(Feather.LAYERS, true),
    CASES(Feather.BRIEFCASE, true),
    ADVOCACY(Feather.FLAG, true),
    ADMINISTRATION(Feather.SETTINGS, true);

    private final Ikon icon;
    private final boolean built;

    Section(Ikon icon, boolean built) {
        this.icon = icon;
        this.built = built;
    }

    public Ikon icon() {
        return icon;
    }

    public boolean built() {
        return built;
    }

    /** The navigation button's id, such as "nav-members". */
    public String id() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String labelKey() {
        return "shell.nav." + name();
    }
}
