package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.accounts.WelcomeLetter;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditExport;
import ca.ccrweb.office.core.audit.AuditReading;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactExport;
import ca.ccrweb.office.core.events.AttendanceSheet;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.NameBadges;
import ca.ccrweb.office.core.events.Payment;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationExport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The core's export writers, event prints and welcome letter, as the desktop's screens use them. */
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
    public ListExport contacts(List<Contact> rows,
                               Map<Long, String> organizationNames, Messages messages) {
        return (format, file, progress) -> office.export(ContactExport.table(rows,
                organizationNames, messages), format, file, watched(progress));
    }

    @Override
    public ListExport audit(List<AuditEntry> rows, Messages messages) {
        return (format, file, progress) -> {
            Map<String, String> names = office.auditTrail().staffNames();
            AuditReading reading = new AuditReading(messages, ZoneId.systemDefault(),
                    username -> names.getOrDefault(username, username));
            office.export(AuditExport.table(rows, messages, reading), format, file, watched(progress));
        };
    }

    @Override
    public ListExport registrations(Event event, List<Registration> rows, List<RegistrationColumn> columns,
                                    Messages messages) {
        return (format, file, progress) -> office.export(RegistrationExport.registrations(event, rows, columns,
                messages), format, file, watched(progress));
    }

    @Override
    public ListExport payments(Event event, Callable<List<Payment>> payments, List<Registration> rows,
                               Messages messages) {
        return (format, file, progress) -> office.export(RegistrationExport.payments(event, payments.call(), rows,
                messages), format, file, watched(progress));
    }

    @Override
    public ListExport attendanceSheet(Event event, List<Registration> rows, LocalDate day, Messages messages) {
        return (format, file, progress) -> office.exportDocument("attendance sheet", rows.size(), file,
                output -> AttendanceSheet.write(event, rows, day, messages, output));
    }

    @Override
    public ListExport nameBadges(Event event, List<Registration> rows) {
        return (format, file, progress) -> office.exportDocument("name badges", rows.size(), file,
                output -> NameBadges.write(event, rows, office.officeSettings().current().logo(), output));
    }

    @Override
    public void welcomeLetter(IssuedAccount issued, Organization organization, Path file) throws IOException {
        office.exportDocument("welcome letter", 1, file,
                output -> WelcomeLetter.write(issued, organization, office.officeSettings().current(),
                        LocalDate.now(clock), output));
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
