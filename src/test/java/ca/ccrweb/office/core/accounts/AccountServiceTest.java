package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static ca.ccrweb.office.core.TestOffices.draft;
import static ca.ccrweb.office.core.db.schema.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountServiceTest {
    @TempDir
    Path folder;

    private Organization activeMember(OfficeServices office, String name, String email) {
        Organization applied = office.membership().apply(draft(name, email, Province.ON));
        return office.membership().approve(applied.id(), null).organization();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void individualAccountsAreAddedWithTheirRoleAndAUniqueUsername(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");
        Organization other = activeMember(office, "Culturelink", "info@culturelink.ca");

        IssuedAccount staff = office.accounts().addIndividual(member.id(),
                new IndividualAccountDraft("Zoë Côté-Bélanger", "zoe@fcjrefugeecentre.org", IndividualRole.STAFF));
        IssuedAccount namesake = office.accounts().addIndividual(other.id(),
                new IndividualAccountDraft("Zoé Tremblay", "zoe@culturelink.ca", IndividualRole.BOARD_MEMBER));

        assertThat(staff.account().kind()).isEqualTo(AccountKind.INDIVIDUAL);
        assertThat(staff.account().role()).isEqualTo(IndividualRole.STAFF);
        assertThat(staff.account().fullName()).isEqualTo("Zoë Côté-Bélanger");
        assertThat(staff.account().username()).isEqualTo("zoe");
        assertThat(namesake.account().username()).isEqualTo("zoe-2");
        assertThat(office.accounts().administratorOf(member.id())).get()
                .extracting(Account::email).isEqualTo("info@fcjrefugeecentre.org");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEmailAlreadyUsedInAnyCaseIsRefusedAndNothingIsAdded(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");
        office.accounts().addIndividual(member.id(),
                new IndividualAccountDraft("Ayşe Yılmaz", "ayse@example.org", IndividualRole.STAFF));

        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> office.accounts().addIndividual(member.id(),
                        new IndividualAccountDraft("Ayse Yilmaz", "  AYSE@Example.ORG ", IndividualRole.VOLUNTEER)));

        assertThat(refusal.errorFor("email")).get().extracting(e -> e.key()).isEqualTo("account.error.emailTaken");
        assertThat(office.accounts().forOrganization(member.id())).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDatabaseItselfRefusesTwoAccountsWithTheSameEmailKey(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");
        Account administrator = office.accounts().administratorOf(member.id()).orElseThrow();

        assertThatThrownBy(() -> office.database().dsl().insertInto(ACCOUNT)
                .set(office.database().dsl().fetchSingle(ACCOUNT, ACCOUNT.ID.eq(administrator.id())))
                .set(ACCOUNT.ID, administrator.id() + 1)
                .set(ACCOUNT.USERNAME, "another")
                .set(ACCOUNT.KIND, AccountKind.INDIVIDUAL.name())
                .execute()).isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theActivationCodeIsStoredOnlyAsAHashAndANewCodeReplacesTheOldOne(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");
        IssuedAccount issued = office.accounts().addIndividual(member.id(),
                new IndividualAccountDraft("محمد عبد الله", "mohammed@example.org", IndividualRole.STAFF));
        String stored = office.database().dsl().select(ACCOUNT.ACTIVATION_CODE_HASH).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(issued.account().id())).fetchSingle(ACCOUNT.ACTIVATION_CODE_HASH);

        assertThat(issued.activationCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(stored).startsWith("sha256$").doesNotContain(issued.activationCode())
                .doesNotContain(issued.activationCode().replace("-", ""));
        assertThat(issued.toString()).doesNotContain(issued.activationCode());
        assertThat(office.accounts().activationCodeMatches(issued.account().id(), issued.activationCode().toLowerCase()))
                .isTrue();

        IssuedAccount reissued = office.accounts().issueNewActivationCode(issued.account().id());

        assertThat(office.accounts().activationCodeMatches(issued.account().id(), issued.activationCode())).isFalse();
        assertThat(office.accounts().activationCodeMatches(issued.account().id(), reissued.activationCode())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void accountsCanBeAddedOnlyToActiveMembers(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization applied = office.membership().apply(draft("Accueil Sud", "info@accueilsud.ca", Province.QC));

        assertThatThrownBy(() -> office.accounts().addIndividual(applied.id(),
                new IndividualAccountDraft("Jean Roy", "jean@accueilsud.ca", IndividualRole.STAFF)))
                .isInstanceOfSatisfying(OfficeException.class,
                        e -> assertThat(e.key()).isEqualTo("account.error.membershipNotActive"));
        assertThat(office.accounts().forOrganization(applied.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void staffDisableAndReEnableAnAccount(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");
        long id = office.accounts().addIndividual(member.id(),
                new IndividualAccountDraft("Jean Roy", "jean@fcj.org", IndividualRole.STAFF)).account().id();

        assertThat(office.accounts().disable(id).status()).isEqualTo(AccountStatus.DISABLED);
        assertThatThrownBy(() -> office.accounts().disable(id)).isInstanceOf(OfficeException.class);
        assertThat(office.accounts().enable(id).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anIncompleteIndividualAccountIsRefusedFieldByField(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization member = activeMember(office, "FCJ Refugee Centre", "info@fcjrefugeecentre.org");

        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> office.accounts().addIndividual(member.id(), new IndividualAccountDraft("", "jean@", null)));

        assertThat(refusal.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("fullName", "email", "role");
        assertThat(office.accounts().forOrganization(member.id())).hasSize(1);
    }
}
