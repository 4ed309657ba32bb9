package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.IssuedAccount;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private ApplicationsViewModel viewModel;
    private Organization first;
    private Organization second;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        first = testing.apply("Maison Bienvenue", "info@bienvenue.example", "Montréal", Province.QC);
        second = testing.apply("Prairie Welcome", "hello@prairie.example", "Regina", Province.SK);
        testing.member("Already Member", "member@example.org", "Ottawa", Province.ON);
        viewModel = new ApplicationsViewModel(testing.office.membership(), testing.executor, testing.feedback,
                testing.localizer, testing.issuedAccountDisplay,
                new OrganizationFormViewModel(testing.office.membership(), testing.executor, testing.feedback,
                        testing.localizer, FxTesting.CLOCK));
        viewModel.load();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void theQueueHoldsOnlyPendingApplications() {
        assertThat(viewModel.pending()).extracting(Organization::name)
                .containsExactlyInAnyOrder("Maison Bienvenue", "Prairie Welcome");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 pending applications");
        assertThat(viewModel.pendingCount().get()).isEqualTo(2);
    }

    @Test
    void approvingAnApplicationCreatesTheAdministratorAccountAndShowsItsCodeOnce() {
        viewModel.selectedProperty().set(first);
        AtomicBoolean approved = new AtomicBoolean();

        viewModel.approve(first.email(), () -> approved.set(true));

        assertThat(approved).isTrue();
        Account administrator = testing.office.accounts().administratorOf(first.id()).orElseThrow();
        assertThat(administrator.email()).isEqualTo("info@bienvenue.example");
        assertThat(testing.issuedAccounts).singleElement().satisfies(issued -> {
            assertThat(issued.account().id()).isEqualTo(administrator.id());
            assertThat(testing.office.accounts().activationCodeMatches(administrator.id(), issued.activationCode()))
                    .isTrue();
        });
        assertThat(testing.office.membership().find(first.id()).orElseThrow().status())
                .isEqualTo(MembershipStatus.ACTIVE);
        assertThat(viewModel.pending()).extracting(Organization::name).containsExactly("Prairie Welcome");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Prairie Welcome");
        assertThat(testing.feedback.notifications())
                .containsExactly("Application approved — administrator account created");
    }

    @Test
    void theAdministratorAccountCanUseAnotherEmail() {
        viewModel.selectedProperty().set(first);

        viewModel.approve("director@bienvenue.example", () -> { });

        assertThat(testing.issuedAccounts).extracting(IssuedAccount::account).extracting(Account::email)
                .containsExactly("director@bienvenue.example");
    }

    @Test
    void aRefusedAdministratorEmailIsShownBesideItsFieldAndApprovesNothing() {
        viewModel.selectedProperty().set(first);
        AtomicBoolean approved = new AtomicBoolean();

        viewModel.approve("not-an-email", () -> approved.set(true));

        assertThat(approved).isFalse();
        assertThat(viewModel.decisionErrors().text("administratorEmail").get()).isEqualTo("Not a valid email address.");
        assertThat(testing.office.membership().find(first.id()).orElseThrow().status())
                .isEqualTo(MembershipStatus.APPLIED);
        assertThat(testing.office.accounts().all()).hasSize(1);
        assertThat(viewModel.pending()).hasSize(2);
        assertThat(testing.issuedAccounts).isEmpty();
    }

    @Test
    void rejectingKeepsTheReasonAndTakesTheApplicationOutOfTheQueue() {
        viewModel.selectedProperty().set(second);

        viewModel.reject("Outside the council’s mandate");

        Organization rejected = testing.office.membership().find(second.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Outside the council’s mandate");
        assertThat(viewModel.pending()).extracting(Organization::name).containsExactly("Maison Bienvenue");
        assertThat(testing.office.accounts().administratorOf(second.id())).isEmpty();
    }

    @Test
    void aNewApplicationJoinsTheQueue() {
        viewModel.startNewApplication();
        assertThat(viewModel.detailProperty().get()).isEqualTo(ApplicationsViewModel.Detail.NEW_APPLICATION);
        OrganizationFormViewModel form = viewModel.form();
        form.nameProperty().set("Northern Hope");
        form.emailProperty().set("hope@north.example");
        form.provinceProperty().set(Province.NU);
        form.languageProperty().set(ca.ccrweb.office.core.l10n.Language.EN);

        form.save();

        assertThat(viewModel.pending()).extracting(Organization::name).contains("Northern Hope");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Northern Hope");
        assertThat(viewModel.detailProperty().get()).isEqualTo(ApplicationsViewModel.Detail.APPLICATION);
    }
}
