package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.accounts.IssuedAccount;

/** An approved organization and the administrator account created with it, its activation code in clear once. */
public record ApprovalResult(Organization organization, IssuedAccount administrator) {
}
