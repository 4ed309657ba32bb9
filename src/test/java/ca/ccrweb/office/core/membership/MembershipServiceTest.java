package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MembershipServiceTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anApplicationIsRecordedWithAllItsFieldsAndTheRegionOfItsProvince(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        OrganizationDraft draft = new OrganizationDraft("  Centre d’accueil des réfugiés de Sept-Îles ",
                "Sept-Îles Refugee Welcome Centre", "info@accueil-7iles.ca", "418-555-0199", "accueil-7iles.ca",
                "12, rue Père-Divet", "Sept-Îles", "g4r3x1", Province.QC, Language.FR,
                Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.HOUSING),
                Set.of(Clientele.REFUGEE_CLAIMANTS, Clientele.WOMEN), "Réfère à l’équipe 😊 « urgences »");

        Organization organization = office.membership().apply(draft);

        Organization stored = office.membership().find(organization.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Centre d’accueil des réfugiés de Sept-Îles");
        assertThat(stored.postalCode()).isEqualTo("G4R 3X1");
        assertThat(stored.region()).isEqualTo(Region.QUEBEC);
        assertThat(stored.services()).containsExactlyInAnyOrder(ServiceOffered.SETTLEMENT, ServiceOffered.HOUSING);
        assertThat(stored.clienteles()).containsExactlyInAnyOrder(Clientele.REFUGEE_CLAIMANTS, Clientele.WOMEN);
        assertThat(stored.notes()).isEqualTo("Réfère à l’équipe 😊 « urgences »");
        assertThat(stored.status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(stored.appliedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(stored.createdAt()).isEqualTo(TestOffices.NOW);
        assertThat(office.membership().pendingApplications()).extracting(Organization::id).containsExactly(stored.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anApplicationKeepsTheDayItWasReceivedAndWhoSentIt(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB),
                new ApplicationReceipt(LocalDate.of(2026, 11, 16), "Rahel Tesfamariam", "rahel@welcomeplace.ca"));

        Organization stored = office.membership().find(applied.id()).orElseThrow();
        assertThat(stored.appliedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(stored.applicationContactName()).isEqualTo("Rahel Tesfamariam");
        assertThat(stored.applicationContactEmail()).isEqualTo("rahel@welcomeplace.ca");
        Organization approved = office.membership().approve(applied.id(), null).organization();
        assertThat(approved.applicationContactName()).as("kept after approval").isEqualTo("Rahel Tesfamariam");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anApplicationCannotBeReceivedTomorrowNorFromABadEmail(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> office.membership()
                .apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB),
                        new ApplicationReceipt(LocalDate.of(2026, 11, 24), "Rahel", "rahel-at-welcomeplace")));

        assertThat(refused.errors()).extracting(error -> error.field() + ":" + error.key())
                .containsExactlyInAnyOrder("receivedOn:membership.error.receivedInFuture",
                        "contactEmail:validation.email");
        assertThat(office.membership().all()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void approvingAnApplicationActivatesTheMembershipAndCreatesExactlyOneAdministratorAccount(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "Info@WelcomePlace.ca", Province.MB));

        ApprovalResult result = office.membership().approve(applied.id(), null);

        assertThat(result.organization().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(result.organization().memberSince()).isEqualTo(LocalDate.of(2026, 11, 23));
        Account administrator = result.administrator().account();
        assertThat(administrator.kind()).isEqualTo(AccountKind.ADMINISTRATOR);
        assertThat(administrator.email()).isEqualTo("Info@WelcomePlace.ca");
        assertThat(administrator.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(administrator.username()).isEqualTo("welcome-place");
        assertThat(office.accounts().forOrganization(applied.id())).hasSize(1);
        assertThat(office.accounts().activationCodeMatches(administrator.id(), result.administrator().activationCode()))
                .isTrue();
        assertThat(office.membership().pendingApplications()).isEmpty();
        assertThat(office.membership().history(applied.id())).extracting(MembershipTransition::to)
                .containsExactly(MembershipStatus.APPLIED, MembershipStatus.ACTIVE);
        assertThat(office.membership().history(applied.id()).getLast().actor()).isEqualTo("test.staff");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void approvingWithAnotherEmailGivesThatEmailToTheAdministrator(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB));

        ApprovalResult result = office.membership().approve(applied.id(), "direction@welcomeplace.ca");

        assertThat(result.administrator().account().email()).isEqualTo("direction@welcomeplace.ca");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSecondApprovalIsRefusedAndCreatesNoSecondAdministrator(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB));
        office.membership().approve(applied.id(), null);

        OfficeException refusal = catchThrowableOfType(OfficeException.class,
                () -> office.membership().approve(applied.id(), "other@welcomeplace.ca"));

        assertThat(refusal.key()).isEqualTo("membership.error.illegalTransition");
        assertThat(refusal.localizedMessage(Messages.of(Language.EN)))
                .isEqualTo("Cannot approve Welcome Place: its membership is Active member.");
        assertThat(office.accounts().forOrganization(applied.id())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void approvingARejectedApplicationIsRefusedWithTheReason(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Société d’entraide", "info@entraide.ca", Province.QC));
        office.membership().reject(applied.id(), "Hors mandat");

        assertThatThrownBy(() -> office.membership().approve(applied.id(), null))
                .isInstanceOfSatisfying(OfficeException.class, refusal -> assertThat(
                        refusal.localizedMessage(Messages.of(Language.FR)))
                        .isEqualTo("L’action «\u00A0approuver\u00A0» n’est pas permise pour Société d’entraide\u00A0: son adhésion est à l’état «\u00A0Refusée\u00A0»."));
        assertThat(office.accounts().forOrganization(applied.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rejectionNeedsAReasonAndRecordsIt(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Société d’entraide", "info@entraide.ca", Province.QC));

        ValidationException missingReason = catchThrowableOfType(ValidationException.class,
                () -> office.membership().reject(applied.id(), "   "));
        assertThat(missingReason.errorFor("reason")).isPresent();
        assertThat(office.membership().find(applied.id()).orElseThrow().status()).isEqualTo(MembershipStatus.APPLIED);

        Organization rejected = office.membership().reject(applied.id(), "Organisme à but lucratif");

        assertThat(rejected.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Organisme à but lucratif");
        assertThat(office.membership().history(applied.id()).getLast().reason()).isEqualTo("Organisme à but lucratif");
        assertThat(office.accounts().forOrganization(applied.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLapsedMembershipDisablesItsAccountsAndRenewalRestoresThemButNotThoseStaffDisabled(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB));
        long administratorId = office.membership().approve(applied.id(), null).administrator().account().id();
        long boardMemberId = office.accounts().addIndividual(applied.id(),
                new IndividualAccountDraft("Nguyễn Thị Hương", "huong@welcomeplace.ca", IndividualRole.BOARD_MEMBER))
                .account().id();
        long volunteerId = office.accounts().addIndividual(applied.id(),
                new IndividualAccountDraft("ተስፋዬ ገብረመድህን", "tesfaye@welcomeplace.ca", IndividualRole.VOLUNTEER))
                .account().id();
        office.accounts().disable(volunteerId);

        office.membership().lapse(applied.id(), "Cotisation 2026 impayée");
        assertThat(office.accounts().forOrganization(applied.id()))
                .allSatisfy(account -> assertThat(account.status()).isEqualTo(AccountStatus.DISABLED));
        assertThatThrownBy(() -> office.accounts().enable(boardMemberId))
                .isInstanceOfSatisfying(OfficeException.class,
                        e -> assertThat(e.key()).isEqualTo("account.error.membershipNotActive"));

        office.membership().renew(applied.id());

        assertThat(statusOf(office, administratorId)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(statusOf(office, boardMemberId)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(statusOf(office, volunteerId)).isEqualTo(AccountStatus.DISABLED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void suspensionNeedsAReasonDisablesAccountsAndReinstatementRestoresThem(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB));
        long administratorId = office.membership().approve(applied.id(), null).administrator().account().id();

        assertThatThrownBy(() -> office.membership().suspend(applied.id(), null)).isInstanceOf(ValidationException.class);
        office.membership().suspend(applied.id(), "Décision du comité exécutif");
        assertThat(statusOf(office, administratorId)).isEqualTo(AccountStatus.DISABLED);
        assertThatThrownBy(() -> office.membership().renew(applied.id())).isInstanceOf(OfficeException.class);

        office.membership().reinstate(applied.id());
        assertThat(statusOf(office, administratorId)).isEqualTo(AccountStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anApprovalWhoseAdministratorEmailIsTakenChangesNothing(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization first = office.membership().apply(draft("Welcome Place", "shared@example.org", Province.MB));
        office.membership().approve(first.id(), null);
        Organization second = office.membership().apply(draft("Accueil Sud", "SHARED@example.org", Province.QC));

        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> office.membership().approve(second.id(), null));

        assertThat(refusal.errorFor("administratorEmail")).isPresent();
        assertThat(office.membership().find(second.id()).orElseThrow().status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(office.membership().history(second.id())).hasSize(1);
        assertThat(office.accounts().forOrganization(second.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anInvalidApplicationIsRefusedFieldByFieldAndNothingIsSaved(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        OrganizationDraft invalid = new OrganizationDraft(" ", null, "not-an-email", "abc", "not a site", null, null,
                "12345", null, null, Set.of(), Set.of(), "x".repeat(4001));

        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> office.membership().apply(invalid));

        assertThat(refusal.errors()).extracting(e -> e.field() + ":" + e.key()).containsExactlyInAnyOrder(
                "name:validation.required", "email:validation.email", "phone:validation.phone",
                "website:validation.website", "postalCode:validation.postalCode", "province:validation.required",
                "language:validation.required", "notes:validation.tooLong");
        assertThat(office.membership().all()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editingKeepsTheMembershipAndReplacesTheVocabularies(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Welcome Place", "info@welcomeplace.ca", Province.MB));
        office.membership().approve(applied.id(), null);
        OrganizationDraft edited = new OrganizationDraft("Welcome Place Inc.", "Place d’accueil",
                "info@welcomeplace.ca", null, null, null, "Winnipeg", null, Province.SK, Language.EN,
                Set.of(ServiceOffered.EMPLOYMENT), Set.of(), null);

        Organization updated = office.membership().update(applied.id(), edited);

        assertThat(updated.name()).isEqualTo("Welcome Place Inc.");
        assertThat(updated.region()).isEqualTo(Region.PRAIRIES);
        assertThat(updated.services()).containsExactly(ServiceOffered.EMPLOYMENT);
        assertThat(updated.clienteles()).isEmpty();
        assertThat(updated.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    private static AccountStatus statusOf(OfficeServices office, long accountId) {
        return office.accounts().find(accountId).orElseThrow().status();
    }
}
