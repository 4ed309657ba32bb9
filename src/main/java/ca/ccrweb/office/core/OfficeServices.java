package ca.ccrweb.office.core;

import ca.ccrweb.office.core.accounts.AccountService;
import ca.ccrweb.office.core.advocacy.AdvocacyFigures;
import ca.ccrweb.office.core.advocacy.AdvocacyService;
import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.audit.AuditTrail;
import ca.ccrweb.office.core.backup.BackupService;
import ca.ccrweb.office.core.cases.CaseService;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.communications.KeyFigures;
import ca.ccrweb.office.core.communications.QuarterlyUpdateService;
import ca.ccrweb.office.core.db.DataFolder;
import ca.ccrweb.office.core.office.OfficeSettingsService;
import ca.ccrweb.office.core.contacts.ContactService;
import ca.ccrweb.office.core.dashboard.DashboardService;
import ca.ccrweb.office.core.directory.DirectoryService;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.CandidateDatabase;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.db.InstanceLock;
import ca.ccrweb.office.core.events.EventService;
import ca.ccrweb.office.core.events.IntakeService;
import ca.ccrweb.office.core.events.PaymentService;
import ca.ccrweb.office.core.events.RegistrationService;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.fund.FundService;
import ca.ccrweb.office.core.governance.GovernanceService;
import ca.ccrweb.office.core.groups.GroupService;
import ca.ccrweb.office.core.imports.ImportService;
import ca.ccrweb.office.core.mailings.MailingListService;
import ca.ccrweb.office.core.mailings.MailingService;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.membership.DuesService;
import ca.ccrweb.office.core.membership.MembershipService;
import ca.ccrweb.office.core.security.Access;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.core.security.StaffService;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The office's services over one open database, made in one place by hand. The desktop and the command
 * line each build one of these and nothing else reaches the database.
 */
public final class OfficeServices implements AutoCloseable {
    private final Database database;
    private final Runnable releaseLock;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;
    private final StaffService staff;
    private final AccountService accounts;
    private final MembershipService membership;
    private final DuesService dues;
    private final ContactService contacts;
    private final EventService events;
    private final RegistrationService registrations;
    private final PaymentService payments;
    private final IntakeService intake;
    private final AuditTrail auditTrail;
    private final BackupService backups;
    private final FundService fund;
    private final QuarterlyUpdateService quarterlyUpdates;
    private final OfficeSettingsService officeSettings;
    private final DirectoryService directory;
    private final DashboardService dashboard;
    private final GroupService groups;
    private final GovernanceService governance;
    private final AdvocacyService advocacy;
    private final ImportService imports;
    private final MailingListService mailingLists;
    private final MailingService mailings;
    private final CaseService cases;

    public OfficeServices(Database database, Clock clock, Actor actor) {
        this(database, clock, actor, () -> { });
    }

    private OfficeServices(Database database, Clock clock, Actor actor, Runnable releaseLock) {
        this.database = database;
        this.releaseLock = releaseLock;
        this.clock = clock;
        Ids ids = new Ids(clock);
        this.audit = new AuditLog(database, ids, clock, actor);
        this.access = new Access(actor, audit);
        this.staff = new StaffService(database, ids, clock, audit, access);
        this.accounts = new AccountService(database, ids, clock, audit, access);
        this.membership = new MembershipService(database, accounts, ids, clock, actor, audit, access);
        this.dues = new DuesService(database, membership, accounts, ids, clock, actor, audit, access);
        this.contacts = new ContactService(database, ids, clock, audit, access);
        this.events = new EventService(database, ids, clock, audit, access);
        this.registrations = new RegistrationService(database, events, contacts, membership, ids, clock, audit, access);
        this.payments = new PaymentService(database, events, ids, clock, actor, audit, access);
        this.intake = new IntakeService(database, events, contacts, membership, ids, clock, audit, access);
        this.auditTrail = new AuditTrail(database, access);
        this.backups = new BackupService(database, () -> Backups.configured(database.settings(), clock), audit,
                access);
        this.fund = new FundService(database, events, contacts, membership, ids, clock, actor, audit, access);
        this.advocacy = new AdvocacyService(database, membership, ids, clock, actor, audit, access);
        KeyFigures keyFigures = new KeyFigures(List.of(
                KeyFigures.membersApproved(database, clock.getZone()),
                KeyFigures.consultationRegistrations(database),
                KeyFigures.fundAwards(fund),
                AdvocacyFigures.lettersToMinister(advocacy)));
        this.officeSettings = new OfficeSettingsService(database, clock, audit, access);
        this.quarterlyUpdates = new QuarterlyUpdateService(database, keyFigures, ids, clock, actor, audit, access,
                officeSettings::current);
        this.directory = new DirectoryService(database, membership);
        this.dashboard = new DashboardService(database, fund, auditTrail, access, clock);
        this.groups = new GroupService(database, events, contacts, membership, ids, clock, audit, access);
        this.governance = new GovernanceService(database, groups, events, contacts, membership, ids, clock, audit,
                access);
        this.mailingLists = new MailingListService(database, contacts, ids, clock, audit, access);
        this.imports = new ImportService(database, events, registrations, intake, payments, mailingLists, advocacy, ids,
                clock, actor, audit, access);
        this.mailings = new MailingService(database, officeSettings::current,
                () -> DataFolder.resolve().resolve(MailingService.SECRET_KEY_FILE),
                System.getProperty(MailingService.TRUSTED_HOST_PROPERTY), ids, clock, actor, audit, access);
        this.cases = new CaseService(database, membership, ids, clock, actor, audit, access);
    }

    /**
     * Opens (creating and migrating when needed) the database and builds the services over it. A SQLite
     * file is first reserved for this running copy: a second copy is refused before it writes anything.
     */
    public static OfficeServices open(DatabaseSettings settings, Actor actor) {
        if (settings.sqliteFile() == null) {
            return new OfficeServices(Database.open(settings), Clock.systemDefaultZone(), actor);
        }
        InstanceLock lock = InstanceLock.acquire(settings.sqliteFile());
        try {
            return new OfficeServices(Database.open(settings), Clock.systemDefaultZone(), actor, lock::close);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Like {@link #open}, for a database that must exist already (every command but demo-data, another file
     * chosen in the window): a missing or empty file is refused, never created.
     */
    public static OfficeServices openExisting(DatabaseSettings settings, Actor actor) {
        if (settings.sqliteFile() == null) {
            return new OfficeServices(Database.openExisting(settings), Clock.systemDefaultZone(), actor);
        }
        CandidateDatabase.requireData(settings.sqliteFile());
        InstanceLock lock = InstanceLock.acquire(settings.sqliteFile());
        try {
            return new OfficeServices(Database.openExisting(settings), Clock.systemDefaultZone(), actor, lock::close);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Gives back the server's connections and releases this copy's hold on the database file. */
    @Override
    public void close() {
        database.close();
        releaseLock.run();
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AccountService accounts() {
        return accounts;
    }

    public MembershipService membership() {
        return membership;
    }

    public DuesService dues() {
        return dues;
    }

    public ContactService contacts() {
        return contacts;
    }

    public EventService events() {
        return events;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    /** Payments, refunds, waivers and recalculated fees of event registrations. */
    public PaymentService payments() {
        return payments;
    }

    /** Many registrations for one event at once (imports, demo data). */
    public IntakeService intake() {
        return intake;
    }

    /**
     * Writes a list to a file and records the export in the audit trail (what, format, rows, where): the
     * lists hold personal data, and both faces export through here.
     */
    public <T> void export(TableExport<T> table, ExportFormat format, Path output, ExportProgress progress)
            throws IOException {
        access.require(Permission.EXPORT_PERSONAL_DATA, "EXPORT");
        new TableExporter(clock).export(table, format, output, progress);
        database.transaction(() -> audit.exported(table.title(), format.name(), table.rows().size(),
                output.toAbsolutePath().toString()));
    }

    /** Writes a document made of personal data (letter, badges, attendance sheet), checked and audited as exports are. */
    public void exportDocument(String what, int rows, Path output, DocumentWriter writer) throws IOException {
        access.require(Permission.EXPORT_PERSONAL_DATA, "EXPORT");
        writer.write(output);
        database.transaction(() -> audit.exported(what, "PDF", rows, output.toAbsolutePath().toString()));
    }

    @FunctionalInterface
    public interface DocumentWriter {
        void write(Path output) throws IOException;
    }

    public StaffService staff() {
        return staff;
    }

    /** The check of the role-by-action matrix for the actor these services act for. */
    public Access access() {
        return access;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Reading the audit trail, for administrators. */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** Backups and restores asked for by someone (administrators), audited; refused for a server database. */
    public BackupService backups() {
        return backups;
    }

    /** The Amina Malko fund. */
    public FundService fund() {
        return fund;
    }

    /** The member directory: active members searched by region, services, clientele and words. */
    public DirectoryService directory() {
        return directory;
    }

    /** The start page's figures, counted by the database. */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** Imports from spreadsheets, recorded as batches that can be undone. */
    public ImportService imports() {
        return imports;
    }

    /** Subscription lists (CCRLIST, the Chronique, the trafficking bulletins, the office's own) and their people. */
    public MailingListService mailingLists() {
        return mailingLists;
    }

    /** Member and list mailings, their outbox and archive, and the office's mail server. */
    public MailingService mailings() {
        return mailings;
    }

    /** The quarterly update: drafts, publication, the archive of published editions. */
    public QuarterlyUpdateService quarterlyUpdates() {
        return quarterlyUpdates;
    }

    public OfficeSettingsService officeSettings() {
        return officeSettings;
    }

    /** Working groups, the youth network, the anti-trafficking committee and others; workshop proposals. */
    public GroupService groups() {
        return groups;
    }

    /** The executive committee and the resolutions register. */
    public GovernanceService governance() {
        return governance;
    }

    /** Advocacy campaigns: model letters, the actions members report, their tallies and report. */
    public AdvocacyService advocacy() {
        return advocacy;
    }

    /** Case interventions: restricted to those who handle cases, sealed at rest, audited when read. */
    public CaseService cases() {
        return cases;
    }
}
