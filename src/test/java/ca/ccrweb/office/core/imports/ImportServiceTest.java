package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Imports on both engines, with files made here as spreadsheet programs save them. */
class ImportServiceTest {
    @TempDir
    Path folder;

    private static final String ORGANIZATIONS = """
            Nom;Courriel;Prov.;Ville;Services offerts;Adhésion;Membre depuis
            Comité d’aide aux réfugiés;info@car.example;Qc;Montréal;Établissement;membre;05/03/2024
            Centre Élan;elan@example.org;Ontario;Toronto;Housing;member;25/03/2024
            """;

    private Path csv(String name, String text, Charset charset) throws Exception {
        return Files.write(folder.resolve(name), text.replace("\n", "\r\n").getBytes(charset));
    }

    private static ImportSettings proposed(OfficeServices office, ImportFile file, ImportKind kind, Long event) {
        return office.imports().propose(file, kind, event);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void organizationsComeInWithTheirServicesMembershipAndDatesFromASemicolonFileInWindows1252(Engine engine)
            throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        ImportFile file = office.imports().read(csv("membres.csv", ORGANIZATIONS.replace('’', '\''),
                Charset.forName("windows-1252")));
        ImportSettings settings = proposed(office, file, ImportKind.ORGANIZATIONS, null);

        assertThat(settings.columns()).containsEntry(ImportField.NAME, 0).containsEntry(ImportField.EMAIL, 1)
                .containsEntry(ImportField.PROVINCE, 2).containsEntry(ImportField.CITY, 3)
                .containsEntry(ImportField.SERVICES, 4).containsEntry(ImportField.MEMBERSHIP_STATUS, 5)
                .containsEntry(ImportField.MEMBER_SINCE, 6);
        assertThat(settings.values().get(ImportField.PROVINCE)).containsEntry("Qc", "QC").containsEntry("Ontario", "ON");
        assertThat(settings.values().get(ImportField.MEMBERSHIP_STATUS)).containsEntry("membre", "ACTIVE")
                .containsEntry("member", "ACTIVE");
        assertThat(settings.values().get(ImportField.SERVICES)).containsEntry("Établissement", "SETTLEMENT")
                .containsEntry("Housing", "HOUSING");

        ImportResult result = office.imports().importRows(file, settings, ImportProgress.NONE, false);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.errors()).isEmpty();
        Organization car = office.membership().all().stream().filter(o -> o.email().equals("info@car.example"))
                .findFirst().orElseThrow();
        assertThat(car.name()).isEqualTo("Comité d'aide aux réfugiés");
        assertThat(car.province()).isEqualTo(Province.QC);
        assertThat(car.language()).isEqualTo(Language.FR);
        assertThat(car.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(car.memberSince()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(car.services()).containsExactly(ServiceOffered.SETTLEMENT);
        assertThat(office.membership().wasActiveMemberOn(car.id(), LocalDate.of(2024, 6, 1))).isTrue();
        ImportBatch batch = office.imports().batch(result.batchId()).orElseThrow();
        assertThat(batch.fileName()).isEqualTo("membres.csv");
        assertThat(batch.sha256()).isEqualTo(file.sha256());
        assertThat(batch.actor()).isEqualTo("test.staff");
        assertThat(office.audit().entries("import_batch", result.batchId(), 5)).extracting(e -> e.action())
                .containsExactly("IMPORT");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachDuplicateRuleIsFoundAndSkipUpdateAndFillDoWhatTheySay(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization byEmail = office.membership().apply(draft("Accueil Nord", "NORD@example.org", Province.QC));
        Organization byName = office.membership().apply(new ca.ccrweb.office.core.membership.OrganizationDraft(
                "Maison d’Haïti", null, "haiti@example.org", null, null, null, null, null, Province.QC, Language.FR,
                Set.of(), Set.of(), null));
        Organization skipped = office.membership().apply(draft("Centre Sud", "sud@example.org", Province.QC));
        ImportFile file = office.imports().read(csv("dups.csv", """
                Name,E-mail,Province,Phone,City
                Accueil du Nord renommé,nord@EXAMPLE.org,QC,,Laval
                MAISON D'HAITI,autre@example.org,Québec,514-555-0199,Montréal
                Centre Sud,sud@example.org,QC,,Gatineau
                """, StandardCharsets.UTF_8));
        ImportSettings settings = proposed(office, file, ImportKind.ORGANIZATIONS, null)
                .withOnDuplicate(DuplicateChoice.SKIP)
                .withRowChoices(Map.of(2, DuplicateChoice.UPDATE, 3, DuplicateChoice.FILL));

        ImportPreview preview = office.imports().preview(file, settings);

        assertThat(preview.rows()).extracting(PreviewRow::status).containsOnly(RowStatus.DUPLICATE);
        assertThat(preview.rows()).extracting(row -> row.duplicate().rule()).containsExactly(DuplicateRule.EMAIL,
                DuplicateRule.NAME_AND_PROVINCE, DuplicateRule.EMAIL);
        assertThat(preview.rows()).extracting(row -> row.duplicate().recordId()).containsExactly(byEmail.id(),
                byName.id(), skipped.id());

        ImportResult result = office.imports().importRows(file, settings, ImportProgress.NONE, false);

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        Organization updated = office.membership().find(byEmail.id()).orElseThrow();
        assertThat(updated.name()).isEqualTo("Accueil du Nord renommé");
        assertThat(updated.city()).isEqualTo("Laval");
        assertThat(updated.phone()).isEqualTo("514-555-0100");
        Organization filled = office.membership().find(byName.id()).orElseThrow();
        assertThat(filled.name()).isEqualTo("Maison d’Haïti");
        assertThat(filled.email()).isEqualTo("haiti@example.org");
        assertThat(filled.phone()).isEqualTo("514-555-0199");
        assertThat(filled.city()).isEqualTo("Montréal");
        assertThat(office.membership().find(skipped.id()).orElseThrow().city()).isEqualTo("Montréal");

        office.imports().undo(result.batchId());

        assertThat(office.membership().find(byEmail.id()).orElseThrow().name()).isEqualTo("Accueil Nord");
        assertThat(office.membership().find(byEmail.id()).orElseThrow().city()).isEqualTo("Montréal");
        assertThat(office.membership().find(byName.id()).orElseThrow().phone()).isNull();
        assertThat(office.membership().find(byName.id()).orElseThrow().city()).isNull();
        assertThat(office.imports().batch(result.batchId()).orElseThrow().undone()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void errorsNameTheLineAndTheFieldInTheUsersLanguageAndADryRunWritesNothing(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        ImportFile file = office.imports().read(csv("errors.csv", """
                Nom,Courriel,Province,Adhésion,Membre depuis
                Sans courriel,,QC,membre,2024-01-10
                Mauvais courriel,jean.roy@,QC,membre,2024-01-10
                Province inconnue,x@example.org,Atlantis,membre,2024-01-10
                Date ambiguë,y@example.org,ON,membre,05/03/2024
                Bon,ok@example.org,ON,membre,2024-01-10
                Doublon du fichier,OK@example.org,NS,membre,2024-01-10
                """, StandardCharsets.UTF_8));
        ImportSettings settings = proposed(office, file, ImportKind.ORGANIZATIONS, null);

        ImportResult dryRun = office.imports().importRows(file, settings, ImportProgress.NONE, true);

        assertThat(dryRun.batchId()).isNull();
        assertThat(dryRun.created()).isEqualTo(1);
        assertThat(dryRun.errors()).extracting(RowError::line, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportField.EMAIL),
                org.assertj.core.groups.Tuple.tuple(3, ImportField.EMAIL),
                org.assertj.core.groups.Tuple.tuple(4, ImportField.PROVINCE),
                org.assertj.core.groups.Tuple.tuple(5, ImportField.MEMBER_SINCE),
                org.assertj.core.groups.Tuple.tuple(7, ImportField.EMAIL));
        assertThat(dryRun.errors().get(1).localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Ligne 3, Courriel\u00A0: Adresse courriel non valide. (jean.roy@)");
        assertThat(dryRun.errors().get(2).localizedMessage(Messages.of(Language.EN)))
                .contains("Line 4, Province or territory").contains("“Atlantis”");
        assertThat(dryRun.errors().get(4).localizedMessage(Messages.of(Language.EN))).contains("line 6");
        assertThat(office.membership().all()).isEmpty();
        assertThat(office.imports().batches()).isEmpty();

        ImportResult withOrder = office.imports().importRows(file, settings.withDateOrder(DateOrder.DAY_MONTH),
                ImportProgress.NONE, false);

        assertThat(withOrder.created()).isEqualTo(2);
        assertThat(withOrder.errorRows()).isEqualTo(4);
        assertThat(office.membership().all()).extracting(Organization::memberSince)
                .contains(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCancelledImportWritesNothingAtAllEvenWhatItHadAlreadyWritten(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        StringBuilder text = new StringBuilder("Full name,Email\n");
        for (int i = 0; i < 12_000; i++) {
            text.append("Personne ").append(i).append(",p").append(i).append("@example.org\n");
        }
        ImportFile file = office.imports().read(csv("people.csv", text.toString(), StandardCharsets.UTF_8));
        ImportSettings settings = proposed(office, file, ImportKind.CONTACTS, null);
        ImportProgress cancelledHalfway = new ImportProgress() {
            private long seen;

            @Override
            public void progressed(long done, long total) {
                seen = done;
            }

            @Override
            public boolean cancelled() {
                return seen >= 11_000;
            }
        };

        OfficeException cancelled = catchThrowableOfType(OfficeException.class,
                () -> office.imports().importRows(file, settings, cancelledHalfway, false));

        assertThat(cancelled.key()).isEqualTo("import.cancelled");
        assertThat(office.contacts().all()).isEmpty();
        assertThat(office.imports().batches()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void contactsDuplicatesByEmailOrNameAndOrganizationThenUndoIsRefusedOnceSomeoneRegistersAnImportedPerson(
            Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Contact known = office.contacts().findOrCreate(new ContactDraft("Jean Roy", "jean@example.org", null,
                Language.FR, null, "Groupe citoyen"));
        Contact sameName = office.contacts().findOrCreate(new ContactDraft("Awa Diallo", null, null, Language.FR,
                null, "Carrefour"));
        ImportFile file = office.imports().read(csv("contacts.csv", """
                Nom complet;Courriel;Téléphone;Organisme;Langue
                Jean Roy;JEAN@example.org;514-555-0101;Groupe citoyen;fr
                awa diallo;awa@example.org;;Carrefour;Français
                Nguyễn Văn An;an@example.org;;;English
                """, StandardCharsets.UTF_8));
        ImportSettings settings = proposed(office, file, ImportKind.CONTACTS, null).withOnDuplicate(DuplicateChoice.FILL);

        ImportPreview preview = office.imports().preview(file, settings);
        assertThat(preview.rows()).extracting(row -> row.duplicate() == null ? null : row.duplicate().rule())
                .containsExactly(DuplicateRule.EMAIL, DuplicateRule.NAME_AND_ORGANIZATION, null);

        ImportResult result = office.imports().importRows(file, settings, ImportProgress.NONE, false);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(office.contacts().find(known.id()).orElseThrow().phone()).isEqualTo("514-555-0101");
        assertThat(office.contacts().find(sameName.id()).orElseThrow().email()).isEqualTo("awa@example.org");
        Contact an = office.contacts().all().stream().filter(c -> "an@example.org".equals(c.email())).findFirst()
                .orElseThrow();
        assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.language()).isEqualTo(Language.EN);

        long event = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null, null, null,
                EventStatus.REGISTRATION_OPEN)).id();
        office.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member", 0L, 0L,
                null, null));
        office.registrations().register(event, new RegistrationDraft(new ContactDraft("Nguyễn Văn An",
                "an@example.org", null, Language.EN, null, null), null, null, null, Set.of(), Set.of(), Language.EN,
                null, null, null, null, null));

        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> office.imports().undo(result.batchId()));

        assertThat(refused.localizedMessage(Messages.of(Language.EN)))
                .isEqualTo("The import cannot be undone: records made since depend on contact “Nguyễn Văn An”. "
                        + "Nothing was changed.");
        assertThat(office.contacts().find(known.id()).orElseThrow().phone()).isEqualTo("514-555-0101");
        assertThat(office.imports().batch(result.batchId()).orElseThrow().undone()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoIsRefusedWhenAnImportedRecordWasChangedSinceAndAllowedBeforeThat(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        ImportFile file = office.imports().read(csv("c.csv", "Name,Email\nJean Roy,jean@example.org\nAmina,amina@example.org\n",
                StandardCharsets.UTF_8));
        ImportResult first = office.imports().importRows(file, proposed(office, file, ImportKind.CONTACTS, null),
                ImportProgress.NONE, false);
        Contact jean = office.contacts().all().stream().filter(c -> c.fullName().equals("Jean Roy")).findFirst()
                .orElseThrow();
        office.contacts().update(jean.id(), new ContactDraft("Jean Roy", "jean@example.org", "514-555-0111",
                Language.EN, null, null));

        assertThatThrownBy(() -> office.imports().undo(first.batchId())).isInstanceOf(OfficeException.class)
                .satisfies(e -> assertThat(((OfficeException) e).key()).isEqualTo("import.undo.refused.changed"));
        assertThat(office.contacts().all()).hasSize(2);

        ImportFile second = office.imports().read(csv("d.csv", "Name,Email\nAwa Diallo,awa@example.org\n",
                StandardCharsets.UTF_8));
        ImportResult other = office.imports().importRows(second, proposed(office, second, ImportKind.CONTACTS, null),
                ImportProgress.NONE, false);
        office.imports().undo(other.batchId());

        assertThat(office.contacts().all()).extracting(Contact::fullName).containsExactlyInAnyOrder("Amina", "Jean Roy");
        assertThatThrownBy(() -> office.imports().undo(other.batchId())).isInstanceOf(OfficeException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void accountsFindTheirOrganizationAndRegistrationsComeWithTheirPaymentsThenUndoRemovesBoth(Engine engine)
            throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = office.membership().approve(office.membership().apply(
                draft("Centre Élan", "elan@example.org", Province.ON)).id(), null).organization();
        ImportFile accounts = office.imports().read(csv("accounts.csv", """
                Organisme,Nom complet,Courriel,Rôle,Type de compte
                centre elan,Marie Tremblay,marie@example.org,Personnel,Compte individuel
                Centre Élan,Paul Hébert,paul@example.org,,Individuel
                Inconnu,Zoé Roy,zoe@example.org,staff,individual
                Centre Élan,Autre admin,admin2@example.org,,admin
                """, StandardCharsets.UTF_8));

        ImportResult imported = office.imports().importRows(accounts,
                proposed(office, accounts, ImportKind.ACCOUNTS, null), ImportProgress.NONE, false);

        assertThat(imported.created()).isEqualTo(1);
        assertThat(imported.errors()).extracting(RowError::line, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ImportField.ROLE),
                org.assertj.core.groups.Tuple.tuple(4, ImportField.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple(5, ImportField.ACCOUNT_KIND));
        Account marie = office.accounts().forOrganization(member.id()).stream()
                .filter(a -> a.kind() == AccountKind.INDIVIDUAL).findFirst().orElseThrow();
        assertThat(marie.role()).isEqualTo(IndividualRole.STAFF);
        assertThat(marie.email()).isEqualTo("marie@example.org");

        long event = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, "Consultation",
                "Consultation", LocalDate.of(2027, 5, 27), LocalDate.of(2027, 5, 29), "Halifax", null, null, null,
                null, EventStatus.REGISTRATION_OPEN)).id();
        office.events().addRate(event, new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member", 20_000L, 8_000L,
                null, null));
        office.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                30_000L, 12_000L, null, null));
        ImportFile registrations = office.imports().read(csv("inscriptions.csv", """
                Nom;Courriel;Organisme;Inscrit le;Payé;Mode de paiement;Alimentation
                Marie Tremblay;marie@example.org;Centre Élan;2026-11-23;200,00;chèque;Végétarienne
                Samir Haddad;samir@example.org;Groupe citoyen;2026-11-02;;;
                """, StandardCharsets.UTF_8));

        ImportResult registered = office.imports().importRows(registrations,
                proposed(office, registrations, ImportKind.REGISTRATIONS, event), ImportProgress.NONE, false);

        assertThat(registered.created()).isEqualTo(2);
        List<Registration> list = office.registrations().ofEvent(event);
        Registration marieRegistered = list.stream().filter(r -> r.email().equals("marie@example.org")).findFirst()
                .orElseThrow();
        assertThat(marieRegistered.amountDueCents()).isEqualTo(20_000);
        assertThat(marieRegistered.paidCents()).isEqualTo(20_000);
        assertThat(marieRegistered.dietaryNeeds()).isEqualTo("Végétarienne");
        assertThat(office.payments().payments(marieRegistered.id())).singleElement()
                .satisfies(p -> assertThat(p.method()).isEqualTo(PaymentMethod.CHEQUE));
        assertThat(list.stream().filter(r -> r.email().equals("samir@example.org")).findFirst().orElseThrow()
                .amountDueCents()).isEqualTo(30_000);

        office.imports().undo(registered.batchId());

        assertThat(office.registrations().ofEvent(event)).isEmpty();
        assertThat(office.contacts().all()).isEmpty();
        office.imports().undo(imported.batchId());
        assertThat(office.accounts().forOrganization(member.id())).extracting(Account::kind)
                .containsExactly(AccountKind.ADMINISTRATOR);
    }
}
