package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.Payment;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The files the desktop writes: list exports, event prints and the welcome letter. The one seam to the export
 * writers.
 */
public interface ExportWriters {
    ListExport organizations(List<Organization> rows, Messages messages);

    ListExport accounts(List<Account> rows, Messages messages);

    /** The contacts shown, their organization by name (member organizations' from the list of members). */
    ListExport contacts(List<Contact> rows, Map<Long, String> organizationNames,
                        Messages messages);

    /** Lines of the audit trail, as an administrator filtered them. */
    ListExport audit(List<AuditEntry> rows, Messages messages);

    /** An event's registrations, with the columns staff chose in their order. */
    ListExport registrations(Event event, List<Registration> rows, List<RegistrationColumn> columns, Messages messages);

    /** An event's payments report; the payments are read when the file is written, off the FX thread. */
    ListExport payments(Event event, Callable<List<Payment>> payments, List<Registration> rows, Messages messages);

    /** The sheet participants sign on one day of the event (PDF whatever the format asked). */
    ListExport attendanceSheet(Event event, List<Registration> rows, LocalDate day, Messages messages);

    /** Name badges of everyone holding a place (PDF whatever the format asked). */
    ListExport nameBadges(Event event, List<Registration> rows);

    /** The letter that gives an organization its account's user name and activation code, in its language. */
    void welcomeLetter(IssuedAccount issued, Organization organization, Path file) throws Exception;
}
