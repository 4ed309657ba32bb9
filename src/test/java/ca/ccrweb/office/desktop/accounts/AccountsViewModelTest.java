package ca.ccrweb.office.desktop.accounts;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private AccountsViewModel viewModel;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        Organization montreal = testing.member("Centre d’accueil", "info@accueil.example", "Montréal", Province.QC);
        Organization toronto = testing.member("FCJ Refugee Centre", "office@fcj.example", "Toronto", Province.ON);
        testing.office.accounts().addIndividual(montreal.id(),
                new IndividualAccountDraft("Hélène Tremblay", "helene@accueil.example", IndividualRole.STAFF));
        testing.office.accounts().addIndividual(toronto.id(),
                new IndividualAccountDraft("Tesfaye Gebremedhin", "tesfaye@fcj.example", IndividualRole.VOLUNTEER));
        testing.office.membership().suspend(toronto.id(), "Board decision");
        viewModel = new AccountsViewModel(testing.office.accounts(), testing.office.membership(), testing.executor,
                testing.feedback, testing.localizer, testing.issuedAccountDisplay);
        viewModel.load();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void listsEveryAccountWithACount() {
        assertThat(viewModel.shown()).hasSize(4);
        assertThat(viewModel.countTextProperty().get()).isEqualTo("4 of 4 accounts");
    }

    @Test
    void disablingAnAccountChangedOnAnotherWorkstationIsRefusedWithWhoAndTheListReloads() {
        Account helene = viewModel.shown().stream().filter(account -> account.fullName().equals("Hélène Tremblay"))
                .findFirst().orElseThrow();
        viewModel.selectedProperty().set(helene);
        try (OfficeServices bruno = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("t.db")),
                Actor.named("bruno.t"))) {
            bruno.accounts().issueNewActivationCode(helene.id());
        }

        viewModel.disableSelected();

        assertThat(testing.feedback.notifications()).last().asString()
                .startsWith("This account was changed by bruno.t on ").contains("Nothing was done");
        assertThat(testing.office.accounts().find(helene.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

        viewModel.load();
        viewModel.disableSelected();
        assertThat(testing.office.accounts().find(helene.id()).orElseThrow().status())
                .isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void filtersByKindAndStatus() {
        viewModel.kindProperty().set(AccountKind.INDIVIDUAL);
        assertThat(viewModel.shown()).extracting(Account::fullName)
                .containsExactlyInAnyOrder("Hélène Tremblay", "Tesfaye Gebremedhin");

        viewModel.statusProperty().set(AccountStatus.DISABLED);
        assertThat(viewModel.shown()).extracting(Account::fullName).containsExactly("Tesfaye Gebremedhin");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("1 of 4 accounts");
    }

    @Test
    void searchIgnoresAccentsAndLooksAtOrganizationAndUserName() {
        viewModel.searchProperty().set("helene");
        assertThat(viewModel.shown()).extracting(Account::fullName).containsExactly("Hélène Tremblay");

        viewModel.searchProperty().set("fcj");
        assertThat(viewModel.shown()).hasSize(2);

        viewModel.searchProperty().set("tesfaye");
        assertThat(viewModel.shown()).extracting(Account::username).containsExactly("tesfaye");
    }

    @Test
    void theCountFollowsTheLanguage() {
        testing.localizer.setLanguage(Language.FR);

        assertThat(viewModel.countTextProperty().get()).isEqualTo("4 comptes sur 4");
    }

    @Test
    void reEnablingAnAccountOfASuspendedMemberIsRefusedWithAMessage() {
        Account tesfaye = viewModel.shown().stream().filter(account -> account.fullName().startsWith("Tesfaye"))
                .findFirst().orElseThrow();
        viewModel.selectedProperty().set(tesfaye);
        assertThat(viewModel.canEnableProperty().get()).as("comes back with the membership").isFalse();

        viewModel.enableSelected();

        assertThat(testing.feedback.errors()).singleElement().satisfies(error ->
                assertThat(((ca.ccrweb.office.core.common.OfficeException) error).localizedMessage(
                        testing.localizer.messages())).isEqualTo(
                        "Accounts can be added or re-enabled only while the organization is an active member."));
        assertThat(testing.office.accounts().find(tesfaye.id()).orElseThrow().status())
                .isEqualTo(AccountStatus.DISABLED);
    }

    @Test
    void anAccountIsAddedFromThisPageForAnActiveMemberChosenFirst() {
        NewAccountViewModel form = viewModel.newAccount();
        form.start();
        assertThat(form.organizations()).extracting(Organization::name).containsExactly("Centre d’accueil");
        form.fullNameProperty().set("Marc Pelletier");
        form.emailProperty().set("marc@accueil.example");
        form.roleProperty().set(IndividualRole.BOARD_MEMBER);
        int[] closed = {0};

        form.save(() -> closed[0]++);
        assertThat(closed[0]).as("no organization chosen: the form stays open").isZero();
        assertThat(form.errors().text("organization").get()).isEqualTo("Required.");

        form.organizationProperty().set(form.organizations().getFirst());
        form.save(() -> closed[0]++);

        assertThat(closed[0]).isEqualTo(1);
        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(viewModel.shown()).extracting(Account::fullName).contains("Marc Pelletier");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("5 of 5 accounts");
        assertThat(testing.feedback.notifications()).contains("The account of Marc Pelletier is created.");
        assertThat(testing.issuedAccounts).extracting(issued -> issued.account().fullName())
                .containsExactly("Marc Pelletier");
    }
}
