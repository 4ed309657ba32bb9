package ca.ccrweb.office.core.security;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.OrganizationExport;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every role against every action the services guard: allowed pairs succeed, the others are refused and audited. */
class RoleMatrixTest {
    @TempDir
    Path folder;

    private OfficeServices administrator;
    private long pending;
    private long member;
    private long event;
    private long fundApplication;
    private long campaign;
    private long letter;
    private static final String CASE_PASSPHRASE = "une phrase de passe assez longue";

    @FunctionalInterface
    interface Attempt {
        void run(OfficeServices office, RoleMatrixTest fixture) throws Exception;
    }

    private static final Map<Permission, Attempt> ATTEMPTS = Map.ofEntries(Map.entry(Permission.VIEW_AUDIT,
                    (office, f) -> office.auditTrail().search(ca.ccrweb.office.core.audit.AuditFilter.everything(), 10)),
            Map.entry(Permission.EDIT_ORGANIZATIONS, (office, f) -> office.membership().apply(
                    draft("Nouvel organisme", "new@example.org", Province.NB))),
            Map.entry(Permission.DECIDE_MEMBERSHIP, (office, f) -> office.membership().reject(f.pending, "Hors mandat")),
            Map.entry(Permission.MANAGE_ACCOUNTS, (office, f) -> office.accounts().addIndividual(f.member,
                    new IndividualAccountDraft("Jean Roy", "jean@example.org", IndividualRole.STAFF))),
            Map.entry(Permission.MANAGE_DUES, (office, f) -> office.dues().assess(f.member, 2026,
                    office.dues().brackets().getFirst().id(), LocalDate.of(2026, 12, 31))),
            Map.entry(Permission.MANAGE_EVENTS, (office, f) -> office.events().create(new EventDraft(EventKind.WEBINAR,
                    "Webinaire", "Webinar", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null,
                    null, null, EventStatus.PLANNED))),
            Map.entry(Permission.MANAGE_REGISTRATIONS, (office, f) -> office.registrations().register(f.event,
                    new RegistrationDraft(new ContactDraft("Amina Haddad", "amina@example.org", null, Language.FR,
                            null, null), null, "Groupe citoyen", null, Set.of(), Set.of(), Language.FR, null, null,
                            null, null, null))),
            Map.entry(Permission.EXPORT_PERSONAL_DATA, (office, f) -> office.export(OrganizationExport.table(
                    office.membership().all(), Messages.of(Language.EN)), ExportFormat.CSV,
                    f.folder.resolve("export.csv"), ExportProgress.NONE)),
            Map.entry(Permission.MANAGE_FUND, (office, f) -> office.fund().setBudget(2027,
                    FundStream.PARTICIPATION, 500_000L)),
            Map.entry(Permission.OVERRIDE_FUND_BUDGET, (office, f) -> office.fund().select(f.fundApplication, Map.of(),
                    "Dossier solide", "Le conseil accepte le dépassement")),
            Map.entry(Permission.MANAGE_STAFF_USERS, (office, f) -> office.staff().createUser("nouvelle",
                    "Nouvelle Personne", Role.STAFF, "un mot de passe long")),
            Map.entry(Permission.BACKUP_AND_RESTORE, (office, f) -> office.backups().restoreFrom(
                    office.backups().backupTo(f.folder.resolve("copy.db")))),
            Map.entry(Permission.IMPORT_DATA, (office, f) -> {
                java.nio.file.Path file = java.nio.file.Files.writeString(f.folder.resolve("import.csv"),
                        "Name,Email\nJean Roy,jean.roy@example.org\n");
                var read = office.imports().read(file);
                office.imports().importRows(read, office.imports().propose(read,
                        ca.ccrweb.office.core.imports.ImportKind.CONTACTS, null),
                        ca.ccrweb.office.core.imports.ImportProgress.NONE, false);
            }),
            Map.entry(Permission.PUBLISH_UPDATES, (office, f) -> office.quarterlyUpdates().create(
                    new ca.ccrweb.office.core.communications.QuarterlyUpdateDraft(2026, 4, Language.FR,
                            "Mise à jour", LocalDate.of(2026, 12, 1), null, List.of(), null, List.of()))),
            Map.entry(Permission.SET_DUES, (office, f) -> office.dues().setGraceDays(30)),
            Map.entry(Permission.MANAGE_GROUPS, (office, f) -> office.governance().createResolution(
                    new ca.ccrweb.office.core.governance.ResolutionDraft(2026, null, "Détention", "Detention", null,
                            null, null, null, null, ca.ccrweb.office.core.governance.ResolutionStatus.PROPOSED,
                            Set.of(), List.of()))),
            Map.entry(Permission.MANAGE_CAMPAIGNS, (office, f) -> office.advocacy().createCampaign(
                    ca.ccrweb.office.core.demo.DemoAdvocacy.campaign(LocalDate.of(2026, 1, 15)))),
            Map.entry(Permission.RECORD_ADVOCACY_ACTIONS, (office, f) -> office.advocacy().record(f.campaign,
                    new ca.ccrweb.office.core.advocacy.ActionReportDraft(
                            ca.ccrweb.office.core.advocacy.ReporterKind.INDIVIDUAL, null, "Amina Haddad", Province.NS,
                            ca.ccrweb.office.core.advocacy.ActionKind.LETTER_TO_MINISTER,
                            ca.ccrweb.office.core.advocacy.TargetKind.MINISTER, null, null, LocalDate.of(2026, 3, 1),
                            ca.ccrweb.office.core.advocacy.ActionResult.NO_ANSWER, null))),
            Map.entry(Permission.FILL_MODEL_LETTERS, (office, f) -> office.advocacy().writeLetter(f.letter,
                    new ca.ccrweb.office.core.advocacy.LetterFields("Membre", null, Province.ON, "Jean Roy", null,
                            "Marc Miller", null, null, null, LocalDate.of(2026, 11, 23)),
                    ca.ccrweb.office.core.advocacy.LetterFormat.PDF, f.folder.resolve("lettre.pdf"))),
            Map.entry(Permission.OPEN_CASES, (office, f) -> {
                long opened = f.aCase();
                office.cases().unlock(CASE_PASSPHRASE.toCharArray());
                office.cases().open(opened);
            }),
            Map.entry(Permission.MANAGE_CASES, (office, f) -> {
                long changed = f.aCase();
                unlockIfHandlingCases(office);
                office.cases().addStep(changed, LocalDate.of(2026, 11, 20), "Appel à l’organisme membre");
            }),
            Map.entry(Permission.EXPORT_CASE, (office, f) -> {
                long printed = f.aCase();
                unlockIfHandlingCases(office);
                office.cases().exportCase(printed, ca.ccrweb.office.core.office.OfficeSettings.NONE,
                        Messages.of(Language.FR), f.folder.resolve("dossier.pdf"));
            }),
            Map.entry(Permission.EXPORT_CASE_STATISTICS, (office, f) -> office.cases().exportStatistics(2026,
                    ExportFormat.CSV, f.folder.resolve("statistiques.csv"), Messages.of(Language.FR),
                    ExportProgress.NONE)),
            Map.entry(Permission.SET_CASE_RETENTION, (office, f) -> office.cases().setRetention(
                    ca.ccrweb.office.core.cases.CaseKind.URGENT, 5)),
            Map.entry(Permission.PURGE_CASES, (office, f) -> office.cases().purge(f.aCase())),
            Map.entry(Permission.MANAGE_OFFICE_SETTINGS, (office, f) -> office.officeSettings().save(
                    new ca.ccrweb.office.core.office.OfficeSettings(null, null, "Montréal (Québec)", "514-277-7223",
                            null, null))),
            Map.entry(Permission.MANAGE_MAILING_LISTS, (office, f) -> office.mailingLists().subscribe(
                    office.mailingLists().listByCode(ca.ccrweb.office.core.mailings.MailingList.CHRONIQUE).id(),
                    new ca.ccrweb.office.core.mailings.SubscriberDraft("Lan", "lan@example.org", null, Language.EN,
                            ca.ccrweb.office.core.mailings.ConsentKind.EXPRESS, null,
                            ca.ccrweb.office.core.mailings.ConsentSource.FORM))),
            Map.entry(Permission.SEND_MAILINGS, (office, f) -> office.mailings().queue(
                    new ca.ccrweb.office.core.mailings.MailingDraft(ca.ccrweb.office.core.mailings.Audience.members(),
                            "Objet", "Subject", "Texte", "Text", List.of()))));


    private static void unlockIfHandlingCases(OfficeServices office) {
        if (office.access().allows(Permission.OPEN_CASES)) {
            office.cases().unlock(CASE_PASSPHRASE.toCharArray());
        }
    }

    /** A closed case made by a caseworker, made only for the attempts that need one (the key takes a moment). */
    private long aCase() {
        OfficeServices caseworker = new OfficeServices(administrator.database(), TestOffices.CLOCK,
                actor(Role.CASEWORKER));
        caseworker.cases().setUpKey(CASE_PASSPHRASE.toCharArray());
        return caseworker.cases().create(new ca.ccrweb.office.core.cases.CaseDraft(
                ca.ccrweb.office.core.cases.CaseKind.REMOVAL, member, null, null, null, LocalDate.of(2018, 1, 4),
                null, null, LocalDate.of(2018, 3, 1), null, null, ca.ccrweb.office.core.cases.CaseOutcome.FAVOURABLE))
                .id();
    }

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Permission permission : ATTEMPTS.keySet()) {
                pairs.add(Arguments.of(role, permission));
            }
        }
        return pairs.stream();
    }

    @BeforeEach
    void anOfficeWithSomethingToActOn() {
        administrator = TestOffices.openSqlite(folder);
        pending = administrator.membership().apply(draft("En attente", "pending@example.org", Province.QC)).id();
        member = administrator.membership().approve(administrator.membership()
                .apply(draft("Membre", "member@example.org", Province.ON)).id(), null).organization().id();
        event = administrator.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null, null, null,
                EventStatus.REGISTRATION_OPEN)).id();
        administrator.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                1_000L, 1_000L, null, null));
        long consultation = administrator.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 5, 29), "Halifax", null, null, null, null, EventStatus.PLANNED)).id();
        fundApplication = administrator.fund().apply(new FundApplicationDraft(
                new ContactDraft("Yonas Tesfamariam", "yonas@example.org", null, Language.EN, null, null), null,
                FundStream.PARTICIPATION, 2027, Province.NS, Language.EN,
                List.of(consultation), List.of(new RequestedLine(
                        ExpenseLine.TRAVEL, 40_000L, "Train")), null)).id();
        // A budget smaller than the request, so that selecting it is going beyond the budget.
        administrator.fund().setBudget(2027, FundStream.PARTICIPATION, 10_000L);
        campaign = administrator.advocacy().createCampaign(ca.ccrweb.office.core.demo.DemoAdvocacy.campaign(
                LocalDate.of(2026, 1, 15))).id();
        letter = administrator.advocacy().addLetter(campaign,
                ca.ccrweb.office.core.demo.DemoAdvocacy.letters().getFirst()).id();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("pairs")
    void eachRoleMayDoExactlyWhatTheMatrixGrants(Role role, Permission permission) {
        OfficeServices asRole = new OfficeServices(administrator.database(), TestOffices.CLOCK, actor(role));
        Attempt attempt = ATTEMPTS.get(permission);

        if (permission.grantedTo(role)) {
            assertThatCode(() -> attempt.run(asRole, this)).doesNotThrowAnyException();
        } else {
            OfficeException refusal = catchThrowableOfType(OfficeException.class, () -> attempt.run(asRole, this));
            assertThat(refusal).isNotNull();
            assertThat(refusal.key()).isEqualTo("security.error.denied");
            assertThat(refusal.localizedMessage(Messages.of(Language.EN))).startsWith("Your role (")
                    .endsWith("Nothing was changed.");
            List<AuditEntry> lines = administrator.audit().entries("permission", permission.name(), 5);
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.outcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(line.actor()).isEqualTo("someone." + role.name().toLowerCase());
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Role.class)
    void everyRoleMayReadAndNobodyActsWhileSignedOut(Role role) {
        OfficeServices asRole = new OfficeServices(administrator.database(), TestOffices.CLOCK, actor(role));
        assertThat(asRole.membership().all()).hasSize(2);

        OfficeServices signedOut = new OfficeServices(administrator.database(), TestOffices.CLOCK, new Session());
        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> signedOut.membership().reject(pending, "x"));
        assertThat(refusal.key()).isEqualTo("security.error.signedOut");
    }

    private static Actor actor(Role role) {
        return new Actor() {
            @Override
            public String name() {
                return "someone." + role.name().toLowerCase();
            }

            @Override
            public Role role() {
                return role;
            }
        };
    }
}
