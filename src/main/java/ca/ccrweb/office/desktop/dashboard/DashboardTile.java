package ca.ccrweb.office.desktop.dashboard;

/** The tiles of the start page; each opens its list. */
public enum DashboardTile {
    APPLICATIONS, RENEWALS, EVENTS, FUND, ACTIVITY, MEMBERS
}
