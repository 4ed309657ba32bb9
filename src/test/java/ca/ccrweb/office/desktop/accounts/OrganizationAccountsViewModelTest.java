package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationAccountsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private OrganizationAccountsViewModel viewModel;
    private Organization member;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        member = testing.member("Maison Bienvenue", "info@bienvenue.example", "Montréal", Province.QC);
        viewModel = new OrganizationAccountsViewModel(testing.office.accounts(), testing.office.membership(),
                testing.executor, testing.feedback, testing.localizer, testing.issuedAccountDisplay);
        viewModel.show(member);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void showsTheAdministratorAccountOfTheOrganization() {
        assertThat(viewModel.accounts()).singleElement().satisfies(account -> {
            assertThat(account.isAdministrator()).isTrue();
            assertThat(account.email()).isEqualTo("info@bienvenue.example");
        });
        assertThat(viewModel.countTextProperty().get()).isEqualTo("1 account");
        assertThat(viewModel.membershipActiveProperty().get()).isTrue();
    }

    @Test
    void addingAnIndividualAccountShowsItsActivationCodeOnce() {
        viewModel.startAdding();
        viewModel.fullNameProperty().set("Amina Haddad");
        viewModel.emailProperty().set("amina@bienvenue.example");
        viewModel.roleProperty().set(IndividualRole.BOARD_MEMBER);

        viewModel.addAccount();

        assertThat(viewModel.addingProperty().get()).isFalse();
        assertThat(viewModel.accounts()).extracting(Account::fullName).contains("Amina Haddad");
        assertThat(testing.issuedAccounts).singleElement()
                .satisfies(issued -> assertThat(issued.account().role()).isEqualTo(IndividualRole.BOARD_MEMBER));
        assertThat(testing.feedback.notifications()).containsExactly("The account of Amina Haddad is created.");
    }

    @Test
    void anEmailAlreadyInUseIsRefusedBesideTheEmailField() {
        viewModel.startAdding();
        viewModel.fullNameProperty().set("Someone Else");
        viewModel.emailProperty().set("INFO@bienvenue.example");
        viewModel.roleProperty().set(IndividualRole.STAFF);

        viewModel.addAccount();

        assertThat(viewModel.errors().text("email").get())
                .isEqualTo("This email is already used by the account of Maison Bienvenue (Maison Bienvenue).");
        assertThat(viewModel.addingProperty().get()).isTrue();
        assertThat(testing.office.accounts().forOrganization(member.id())).hasSize(1);
        assertThat(testing.issuedAccounts).isEmpty();
    }

    @Test
    void missingFieldsAreEachNamed() {
        viewModel.startAdding();

        viewModel.addAccount();

        assertThat(viewModel.errors().text("fullName").get()).isEqualTo("Required.");
        assertThat(viewModel.errors().text("email").get()).isEqualTo("Required.");
        assertThat(viewModel.errors().text("role").get()).isEqualTo("Required.");
        assertThat(testing.office.accounts().forOrganization(member.id())).hasSize(1);
    }

    @Test
    void disablingThenReEnablingAnAccount() {
        viewModel.selectedProperty().set(viewModel.accounts().getFirst());
        assertThat(viewModel.canDisableProperty().get()).isTrue();

        viewModel.disableSelected();
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(viewModel.canEnableProperty().get()).isTrue();

        viewModel.enableSelected();
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(testing.office.accounts().find(viewModel.selectedProperty().get().id()).orElseThrow().status())
                .isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aNewActivationCodeReplacesTheOldOne() {
        Account administrator = viewModel.accounts().getFirst();
        viewModel.selectedProperty().set(administrator);

        viewModel.issueNewActivationCodeForSelected();

        assertThat(testing.issuedAccounts).singleElement().satisfies(issued ->
                assertThat(testing.office.accounts().activationCodeMatches(administrator.id(), issued.activationCode()))
                        .isTrue());
    }

    @Test
    void accountsCannotBeAddedWhileTheMembershipIsSuspended() {
        testing.office.membership().suspend(member.id(), "Board decision");

        viewModel.show(testing.office.membership().find(member.id()).orElseThrow());

        assertThat(viewModel.membershipActiveProperty().get()).isFalse();
        assertThat(viewModel.accounts()).allSatisfy(account ->
                assertThat(account.status()).isEqualTo(AccountStatus.DISABLED));
    }
}
