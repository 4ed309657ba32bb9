package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.membership.Organization;

/**
 * Shows a new account's user name and one-time activation code, the only time they can be seen, with the
 * welcome letter to save.
 */
@FunctionalInterface
public interface IssuedAccountDisplay {
    void show(IssuedAccount issued, Organization organization);
}
