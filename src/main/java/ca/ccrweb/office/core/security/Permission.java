package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.common.Labelled;

import java.util.EnumSet;
import java.util.Set;

import static ca.ccrweb.office.core.security.Role.ADMINISTRATOR;
import static ca.ccrweb.office.core.security.Role.CASEWORKER;
import static ca.ccrweb.office.core.security.Role.STAFF;
import static ca.ccrweb.office.core.security.Role.VIEWER;

/**
 * The role-by-action matrix, in one place. The services check it (a refused call is refused and audited,
 * whatever face made it); the desktop hides what a role cannot do.
 */
public enum Permission implements Labelled {
    VIEW_DATA(ADMINISTRATOR, STAFF, CASEWORKER, VIEWER),
    EDIT_ORGANIZATIONS(ADMINISTRATOR, STAFF),
    DECIDE_MEMBERSHIP(ADMINISTRATOR, STAFF),
    MANAGE_ACCOUNTS(ADMINISTRATOR, STAFF),
    MANAGE_DUES(ADMINISTRATOR, STAFF),
    MANAGE_EVENTS(ADMINISTRATOR, STAFF),
    MANAGE_REGISTRATIONS(ADMINISTRATOR, STAFF),
    EXPORT_PERSONAL_DATA(ADMINISTRATOR, STAFF),
    OPEN_CASES(CASEWORKER),
    MANAGE_CASES(CASEWORKER),
    EXPORT_CASE(CASEWORKER),
    EXPORT_CASE_STATISTICS(ADMINISTRATOR, STAFF, CASEWORKER),
    SET_CASE_RETENTION(ADMINISTRATOR),
    PURGE_CASES(ADMINISTRATOR),
    MANAGE_STAFF_USERS(ADMINISTRATOR),
    VIEW_AUDIT(ADMINISTRATOR),
    BACKUP_AND_RESTORE(ADMINISTRATOR),
    MANAGE_FUND(ADMINISTRATOR, STAFF),
    OVERRIDE_FUND_BUDGET(ADMINISTRATOR),
    PUBLISH_UPDATES(ADMINISTRATOR, STAFF),
    SET_DUES(ADMINISTRATOR),
    MANAGE_GROUPS(ADMINISTRATOR, STAFF),
    MANAGE_CAMPAIGNS(ADMINISTRATOR, STAFF),
    RECORD_ADVOCACY_ACTIONS(ADMINISTRATOR, STAFF),
    FILL_MODEL_LETTERS(ADMINISTRATOR, STAFF, CASEWORKER),
    IMPORT_DATA(ADMINISTRATOR, STAFF),
    MANAGE_OFFICE_SETTINGS(ADMINISTRATOR),
    MANAGE_MAILING_LISTS(ADMINISTRATOR, STAFF),
    SEND_MAILINGS(ADMINISTRATOR, STAFF);

    private final Set<Role> roles;

    Permission(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    /**
     * Opening, changing and exporting a case: granted to whoever handles cases (a caseworker, or an administrator
     * marked as one), which the role alone does not say. See {@link Access#allows}.
     */
    public boolean needsCaseHandling() {
        return this == OPEN_CASES || this == MANAGE_CASES || this == EXPORT_CASE;
    }

    @Override
    public String labelKey() {
        return "permission." + name();
    }
}
