package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.accounts.Account;

/** A member in good standing on the day of a general assembly, with its voting delegate (null when none is named). */
public record VotingMember(Organization organization, Account delegate) {
}
