package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.security.StaffUser;

/** Shows a temporary password once, for the administrator to give the person; it is kept nowhere else. */
@FunctionalInterface
public interface TemporaryPasswordDisplay {
    void show(StaffUser user, String temporaryPassword);
}
