package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;

import java.nio.file.Path;
import java.util.List;

/** The files the desktop writes: list exports and the welcome letter. The one seam to the export writers. */
public interface ExportWriters {
    ListExport organizations(List<Organization> rows, Messages messages);

    ListExport accounts(List<Account> rows, Messages messages);

    /** The letter that gives an organization its account's user name and activation code, in its language. */
    void welcomeLetter(IssuedAccount issued, Organization organization, Path file) throws Exception;
}
