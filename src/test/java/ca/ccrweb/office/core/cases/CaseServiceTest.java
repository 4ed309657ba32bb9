package ca.ccrweb.office.core.cases;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Cases on both engines: who opens them, what is audited, what is sealed, retention and purge, statistics. */
class CaseServiceTest {
    static final String PASSPHRASE = "une phrase de passe assez longue";
    private static final String NARRATIVE = "Entretien téléphonique avec l’agente de la DGRC au sujet de Selam";
    private static final String CHILD = "Selam Tesfay-Ghebremichael";
    private static final byte[] DOCUMENT = "Lettre confidentielle de l’organisme membre — Tesfay".getBytes(
            StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private OfficeServices administrator;
    private OfficeServices caseworker;
    private Organization member;

    static Actor actor(String name, Role role) {
        return new Actor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Role role() {
                return role;
            }
        };
    }

    private void open(Engine engine) {
        administrator = TestOffices.open(engine, folder);
        member = administrator.membership().approve(administrator.membership().apply(TestOffices.draft(
                "Comité d’aide aux réfugiés de Montréal", "car@example.org", Province.QC)).id(), null).organization();
        caseworker = new OfficeServices(administrator.database(), TestOffices.CLOCK, actor("amina.caseworker",
                Role.CASEWORKER));
        caseworker.cases().setUpKey(PASSPHRASE.toCharArray());
    }

    private CaseDraft draft(CaseKind kind, LocalDate receivedOn, LocalDate closedOn, CaseOutcome outcome) {
        return new CaseDraft(kind, member.id(), "Marie-Ève Tremblay", "marie@example.org", "amina.caseworker",
                receivedOn, null, null, closedOn, "IRCC — DGRC", "F000123", outcome);
    }

    private CaseFile aCaseWithEverything() {
        CaseFile created = caseworker.cases().create(draft(CaseKind.FAMILY_REUNIFICATION, LocalDate.of(2026, 3, 2),
                null, null));
        caseworker.cases().addPerson(created.id(), new PersonDraft(CHILD, PersonRole.CHILD, "Érythrée",
                LocalDate.of(2017, 2, 9)));
        caseworker.cases().addStep(created.id(), LocalDate.of(2026, 3, 4), NARRATIVE);
        return caseworker.cases().attach(created.id(), "lettre-Tesfay.pdf", DOCUMENT);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCaseworkerKeepsPeopleStepsAndDocumentsAndReadsThemBack(Engine engine) {
        open(engine);
        CaseFile saved = aCaseWithEverything();

        CaseFile opened = caseworker.cases().open(saved.id());

        assertThat(opened.summary().reference()).isEqualTo("2026-001");
        assertThat(opened.summary().province()).isEqualTo(Province.QC);
        assertThat(opened.summary().status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(opened.people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo(CHILD);
            assertThat(person.bornOn()).isEqualTo(LocalDate.of(2017, 2, 9));
        });
        assertThat(opened.steps()).singleElement().satisfies(step -> {
            assertThat(step.text()).isEqualTo(NARRATIVE);
            assertThat(step.recordedBy()).isEqualTo("amina.caseworker");
        });
        CaseDocument document = opened.documents().getFirst();
        assertThat(document.fileName()).isEqualTo("lettre-Tesfay.pdf");
        assertThat(document.sizeBytes()).isEqualTo(DOCUMENT.length);
        assertThat(document.sha256()).isEqualTo(CaseService.sha256(DOCUMENT));
        assertThat(caseworker.cases().documentContent(document.id())).isEqualTo(DOCUMENT);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyOpeningOfACaseIsAuditedWithWhoAndWhich(Engine engine) {
        open(engine);
        CaseFile saved = aCaseWithEverything();

        caseworker.cases().open(saved.id());
        caseworker.cases().open(saved.id());

        List<AuditEntry> openings = administrator.audit().entries("case_file", saved.id(), 20).stream()
                .filter(entry -> entry.action().equals("CASE_OPEN")).toList();
        assertThat(openings).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("amina.caseworker");
            assertThat(entry.occurredAt()).isEqualTo(TestOffices.NOW);
        });
        assertThat(administrator.audit().entries(null, null, 100)).noneSatisfy(entry -> assertThat(
                String.valueOf(entry.after()) + entry.before()).contains("Selam"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "STAFF", "VIEWER"})
    void othersCannotOpenACaseAndSeeOnlyCountsByKindAndStatus(Role role) {
        open(Engine.SQLITE);
        CaseFile saved = aCaseWithEverything();
        OfficeServices other = new OfficeServices(administrator.database(), TestOffices.CLOCK, actor("someone", role));

        OfficeException refused = catchThrowableOfType(OfficeException.class, () -> other.cases().open(saved.id()));

        assertThat(refused.key()).isEqualTo("security.error.denied");
        assertThat(catchThrowableOfType(OfficeException.class, () -> other.cases().list()).key())
                .isEqualTo("security.error.denied");
        assertThat(other.cases().counts()).containsExactly(new CaseCount(CaseKind.FAMILY_REUNIFICATION,
                CaseStatus.RECEIVED, 1));
    }

    @Test
    void anAdministratorMarkedAsHandlingCasesOpensThem() {
        open(Engine.SQLITE);
        CaseFile saved = aCaseWithEverything();
        StaffUser lead = administrator.staff().createUser("lea.admin", "Léa Administratrice", Role.ADMINISTRATOR,
                "un mot de passe long");
        lead = administrator.staff().setHandlesCases(lead.id(), true);
        OfficeServices asLead = new OfficeServices(administrator.database(), TestOffices.CLOCK, new SignedIn(lead));

        asLead.cases().unlock(PASSPHRASE.toCharArray());

        assertThat(asLead.cases().open(saved.id()).people().getFirst().name()).isEqualTo(CHILD);
        StaffUser staff = administrator.staff().createUser("paul", "Paul Roy", Role.STAFF, "un mot de passe long");
        assertThat(catchThrowableOfType(OfficeException.class, () -> administrator.staff().setHandlesCases(
                staff.id(), true)).key()).isEqualTo("staff.error.handlesCasesAdministratorsOnly");
    }

    @Test
    void aNewSessionReadsNothingUntilThePassphraseIsEnteredAndAWrongOneIsRefused() {
        open(Engine.SQLITE);
        CaseFile saved = aCaseWithEverything();
        OfficeServices nextSession = new OfficeServices(administrator.database(), TestOffices.CLOCK,
                actor("amina.caseworker", Role.CASEWORKER));

        assertThat(catchThrowableOfType(OfficeException.class, () -> nextSession.cases().open(saved.id())).key())
                .isEqualTo("cases.error.locked");
        assertThat(catchThrowableOfType(OfficeException.class, () -> nextSession.cases().unlock(
                "pas la bonne phrase".toCharArray())).key()).isEqualTo("cases.error.wrongPassphrase");
        assertThat(nextSession.cases().unlocked()).isFalse();

        nextSession.cases().unlock(PASSPHRASE.toCharArray());
        assertThat(nextSession.cases().open(saved.id()).steps().getFirst().text()).isEqualTo(NARRATIVE);
        assertThat(catchThrowableOfType(OfficeException.class, () -> nextSession.cases().setUpKey(
                "une autre phrase de passe".toCharArray())).key()).isEqualTo("cases.error.keyExists");
    }

    @Test
    void aCopyOfTheDatabaseFileShowsNoNarrativeNameOrDocumentInClear() throws Exception {
        open(Engine.SQLITE);
        aCaseWithEverything();
        Path copy = administrator.backups().backupTo(folder.resolve("copie.db"));

        byte[] bytes = Files.readAllBytes(copy);
        String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String secret : List.of(NARRATIVE, CHILD, "Tesfay", "lettre-Tesfay")) {
            assertThat(asLatin1).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
        assertThat(asLatin1).doesNotContain(new String(DOCUMENT, StandardCharsets.ISO_8859_1));
        assertThat(asLatin1).contains("2026-001");
    }

    @Test
    void aDateOfBirthIsKeptOnlyForAChildAndALargeDocumentIsRefused() {
        open(Engine.SQLITE);
        CaseFile saved = aCaseWithEverything();

        ValidationException adult = catchThrowableOfType(ValidationException.class, () -> caseworker.cases()
                .addPerson(saved.id(), new PersonDraft("Awet Tesfay", PersonRole.SPONSOR, "Érythrée",
                        LocalDate.of(1980, 1, 1))));
        assertThat(adult.errors()).singleElement().satisfies(error -> assertThat(error.key())
                .isEqualTo("cases.error.birthDateOnlyForChildren"));

        ValidationException large = catchThrowableOfType(ValidationException.class, () -> caseworker.cases()
                .attach(saved.id(), "gros.pdf", new byte[(int) CaseService.LARGEST_DOCUMENT + 1]));
        assertThat(large.errors().getFirst().key()).isEqualTo("cases.error.fileTooLarge");
        assertThat(large.localizedMessage(Messages.of(Language.FR))).isNotBlank();
        assertThat(caseworker.cases().open(saved.id()).people()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void purgeLeavesOnlyTheAnonymizedSkeletonAndRefusesACaseUnderLegalHold(Engine engine) {
        open(engine);
        CaseFile old = caseworker.cases().create(draft(CaseKind.REMOVAL, LocalDate.of(2017, 5, 1),
                LocalDate.of(2018, 6, 1), CaseOutcome.FAVOURABLE));
        caseworker.cases().addPerson(old.id(), new PersonDraft("Nguyễn Văn An", PersonRole.APPLICANT, "Viêt Nam",
                null));
        caseworker.cases().addStep(old.id(), LocalDate.of(2017, 5, 2), NARRATIVE);
        caseworker.cases().attach(old.id(), "note.txt", DOCUMENT);
        CaseFile held = caseworker.cases().create(draft(CaseKind.REMOVAL, LocalDate.of(2017, 7, 1),
                LocalDate.of(2018, 8, 1), CaseOutcome.UNFAVOURABLE));
        caseworker.cases().setLegalHold(held.id(), true);
        CaseFile recent = caseworker.cases().create(draft(CaseKind.REMOVAL, LocalDate.of(2024, 1, 10),
                LocalDate.of(2025, 1, 10), CaseOutcome.FAVOURABLE));

        List<RetentionDue> due = administrator.cases().retentionReview();
        assertThat(due).extracting(RetentionDue::reference).containsExactly(old.summary().reference(),
                held.summary().reference());
        assertThat(due.getFirst().keptUntil()).isEqualTo(LocalDate.of(2025, 6, 1));

        assertThat(catchThrowableOfType(OfficeException.class, () -> administrator.cases().purge(held.id())).key())
                .isEqualTo("cases.error.legalHold");
        List<RetentionDue> purged = administrator.cases().purgeDue();

        assertThat(purged).extracting(RetentionDue::id).containsExactly(old.id());
        assertThat(caseworker.cases().list()).extracting(CaseSummary::id).containsExactlyInAnyOrder(held.id(),
                recent.id());
        assertThat(catchThrowableOfType(OfficeException.class, () -> caseworker.cases().open(old.id())).key())
                .isEqualTo("cases.error.purged");
        var skeleton = administrator.database().dsl().selectFrom(
                ca.ccrweb.office.core.db.schema.Tables.CASE_FILE).where(
                ca.ccrweb.office.core.db.schema.Tables.CASE_FILE.ID.eq(old.id())).fetchOne();
        assertThat(skeleton.getKind()).isEqualTo("REMOVAL");
        assertThat(skeleton.getOutcome()).isEqualTo("FAVOURABLE");
        assertThat(skeleton.getProvince()).isEqualTo("QC");
        assertThat(skeleton.getOrganizationId()).isNull();
        assertThat(skeleton.getMemberContactName()).isNull();
        assertThat(skeleton.getGovernmentReference()).isNull();
        assertThat(administrator.database().dsl().fetchCount(ca.ccrweb.office.core.db.schema.Tables.CASE_PERSON,
                ca.ccrweb.office.core.db.schema.Tables.CASE_PERSON.CASE_ID.eq(old.id()))).isZero();
        assertThat(administrator.database().dsl().fetchCount(ca.ccrweb.office.core.db.schema.Tables.CASE_STEP,
                ca.ccrweb.office.core.db.schema.Tables.CASE_STEP.CASE_ID.eq(old.id()))).isZero();
        assertThat(administrator.database().dsl().fetchCount(ca.ccrweb.office.core.db.schema.Tables.CASE_DOCUMENT,
                ca.ccrweb.office.core.db.schema.Tables.CASE_DOCUMENT.CASE_ID.eq(old.id()))).isZero();
        assertThat(administrator.audit().entries("case_file", old.id(), 20)).anySatisfy(entry -> assertThat(
                entry.action()).isEqualTo("CASE_PURGE"));
        assertThat(administrator.cases().statistics(2017)).extracting(CaseStatistic::outcome, CaseStatistic::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CaseOutcome.FAVOURABLE, 1),
                        org.assertj.core.groups.Tuple.tuple(CaseOutcome.UNFAVOURABLE, 1));
    }

    @Test
    void retentionPeriodsStartAtTheDefaultToConfirmAndAdministratorsSetThem() {
        open(Engine.SQLITE);
        assertThat(administrator.cases().retentionPeriods()).allSatisfy(period -> {
            assertThat(period.years()).isEqualTo(CaseService.DEFAULT_RETENTION_YEARS);
            assertThat(period.confirmed()).isFalse();
        });

        RetentionPeriod set = administrator.cases().setRetention(CaseKind.URGENT, 3);

        assertThat(set).isEqualTo(new RetentionPeriod(CaseKind.URGENT, 3, true));
        assertThat(catchThrowableOfType(OfficeException.class, () -> administrator.cases().setRetention(
                CaseKind.URGENT, 0)).key()).isEqualTo("cases.error.retentionYears");
        assertThat(catchThrowableOfType(OfficeException.class, () -> caseworker.cases().setRetention(
                CaseKind.URGENT, 5)).key()).isEqualTo("security.error.denied");
    }

    @Test
    void theStatisticsExportHasCountsWithoutNamesAndTheCasePdfIsAudited() throws Exception {
        open(Engine.SQLITE);
        CaseFile saved = aCaseWithEverything();
        Path csv = folder.resolve("stats.csv");
        Path pdf = folder.resolve("dossier.pdf");

        int lines = administrator.cases().exportStatistics(2026, ExportFormat.CSV, csv, Messages.of(Language.FR),
                ExportProgress.NONE);
        caseworker.cases().exportCase(saved.id(), OfficeSettings.NONE, Messages.of(Language.FR), pdf);

        assertThat(lines).isEqualTo(1);
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(table).contains("Réunification familiale").contains("Québec").doesNotContain("Tesfay")
                .doesNotContain("Comité d’aide");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(administrator.audit().entries(null, null, 50)).filteredOn(e -> e.action().equals("EXPORT"))
                .extracting(AuditEntry::entity).contains("case statistics 2026", "case 2026-001");
    }
}
