package ca.ccrweb.office.core.accounts;

/** What staff type to add an individual account. */
public record IndividualAccountDraft(String fullName, String email, IndividualRole role) {
}
