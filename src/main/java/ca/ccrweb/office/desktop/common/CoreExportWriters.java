package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.accounts.WelcomeLetter;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationExport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The core's export writers and welcome letter, as the desktop's screens use them. */
public final class CoreExportWriters implements ExportWriters {
    private final OfficeServices office;
    private final Clock clock;

    public CoreExportWriters(OfficeServices office) {
        this.office = office;
        this.clock = office.clock();
    }

    @Override
    public ListExport organizations(List<Organization> rows, Messages messages) {
        return (format, file, progress) -> office.export(OrganizationExport.table(rows, messages), format, file,
                watched(progress));
    }

    @Override
    public ListExport accounts(List<Account> rows, Messages messages) {
        return (format, file, progress) -> office.export(AccountExport.table(rows, messages), format, file,
                watched(progress));
    }

    @Override
    public void welcomeLetter(IssuedAccount issued, Organization organization, Path file) throws IOException {
        WelcomeLetter.write(issued, organization, LocalDate.now(clock), file);
        office.database().transaction(() -> office.audit().exported("welcome letter", "PDF", 1,
                file.toAbsolutePath().toString()));
    }

    private static ExportProgress watched(ProgressReporter progress) {
        return new ExportProgress() {
            @Override
            public void update(long rowsDone, long rowsTotal) {
                progress.update(rowsDone, rowsTotal);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
