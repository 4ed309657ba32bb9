package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;

import java.nio.file.Path;
import java.util.List;

/** Stands in while the export writers are not part of the application: every export says so. */
public final class UnavailableExportWriters implements ExportWriters {
    @Override
    public ListExport organizations(List<Organization> rows, Messages messages) {
        return (type, file, progress) -> {
            throw new OfficeException("export.error.unavailable");
        };
    }

    @Override
    public ListExport accounts(List<Account> rows, Messages messages) {
        return (type, file, progress) -> {
            throw new OfficeException("export.error.unavailable");
        };
    }

    @Override
    public void welcomeLetter(IssuedAccount issued, Organization organization, Path file) {
        throw new OfficeException("export.error.unavailable");
    }
}
