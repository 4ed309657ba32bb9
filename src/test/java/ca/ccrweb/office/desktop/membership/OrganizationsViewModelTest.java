package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipAction;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import ca.ccrweb.office.desktop.accounts.OrganizationAccountsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private OrganizationsViewModel viewModel;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        testing.member("Centre d’accueil de Montréal", "info@accueil.example", "Montréal", Province.QC);
        testing.member("FCJ Refugee Centre", "office@fcj.example", "Toronto", Province.ON);
        testing.apply("Halifax Newcomers", "hello@halifax.example", "Halifax", Province.NS);
        testing.apply("Moncton Welcome", "hi@moncton.example", "Moncton", Province.NB);
        viewModel = new OrganizationsViewModel(testing.office.membership(), testing.executor, testing.feedback,
                testing.localizer, new OrganizationFormViewModel(testing.office.membership(), testing.executor,
                testing.feedback, testing.localizer, FxTesting.CLOCK),
                new OrganizationAccountsViewModel(testing.office.accounts(), testing.office.membership(),
                        testing.executor, testing.feedback, testing.localizer, testing.issuedAccountDisplay));
        viewModel.load();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void filtersByStatusProvinceAndRegion() {
        viewModel.statusProperty().set(MembershipStatus.APPLIED);
        assertThat(viewModel.shown()).extracting(Organization::name)
                .containsExactlyInAnyOrder("Halifax Newcomers", "Moncton Welcome");

        viewModel.provinceProperty().set(Province.NB);
        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("Moncton Welcome");

        viewModel.clearFilters();
        viewModel.regionProperty().set(Region.ATLANTIC);
        assertThat(viewModel.shown()).extracting(Organization::name)
                .containsExactlyInAnyOrder("Halifax Newcomers", "Moncton Welcome");

        viewModel.regionProperty().set(Region.QUEBEC);
        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("Centre d’accueil de Montréal");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndLooksAtNamesEmailAndCity() {
        viewModel.searchProperty().set("MONTREAL");
        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("Centre d’accueil de Montréal");

        viewModel.searchProperty().set("accueil");
        assertThat(viewModel.shown()).hasSize(1);

        viewModel.searchProperty().set("fcj.example");
        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("FCJ Refugee Centre");

        viewModel.searchProperty().set("toronto refugee");
        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("FCJ Refugee Centre");

        viewModel.searchProperty().set("nowhere");
        assertThat(viewModel.shown()).isEmpty();
    }

    @Test
    void searchFindsTheNameInTheOtherLanguage() {
        testing.office.membership().apply(ca.ccrweb.office.desktop.SampleOffice.draft("Welcome Place",
                "Maison d’accueil Ésperance", "info@welcome.example", "Winnipeg", Province.MB, Language.EN));
        viewModel.load();

        viewModel.searchProperty().set("esperance");

        assertThat(viewModel.shown()).extracting(Organization::name).containsExactly("Welcome Place");
    }

    @Test
    void countSaysHowManyAreShownOfHowMany() {
        assertThat(viewModel.countTextProperty().get()).isEqualTo("4 of 4 organizations");

        viewModel.statusProperty().set(MembershipStatus.ACTIVE);

        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 of 4 organizations");
    }

    @Test
    void switchingTheLanguageTranslatesTheCount() {
        viewModel.statusProperty().set(MembershipStatus.ACTIVE);

        testing.localizer.setLanguage(Language.FR);

        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 organismes sur 4");
    }

    @Test
    void selectingAnOrganizationShowsItsFormAccountsHistoryAndAllowedMoves() {
        Organization fcj = byName("FCJ Refugee Centre");

        viewModel.selectedProperty().set(fcj);

        assertThat(viewModel.detailProperty().get()).isEqualTo(OrganizationsViewModel.Detail.ORGANIZATION);
        assertThat(viewModel.form().nameProperty().get()).isEqualTo("FCJ Refugee Centre");
        assertThat(viewModel.accounts().accounts()).singleElement()
                .satisfies(account -> assertThat(account.isAdministrator()).isTrue());
        assertThat(viewModel.history()).extracting(transition -> transition.to())
                .containsExactly(MembershipStatus.ACTIVE, MembershipStatus.APPLIED);
        assertThat(viewModel.allowedActions()).containsExactly(MembershipAction.LAPSE, MembershipAction.SUSPEND,
                MembershipAction.WITHDRAW);
    }

    @Test
    void suspendingRecordsTheReasonAndTakesAwayAccountAccess() {
        viewModel.selectedProperty().set(byName("FCJ Refugee Centre"));

        viewModel.perform(MembershipAction.SUSPEND, "Board decision");

        Organization suspended = viewModel.selectedProperty().get();
        assertThat(suspended.status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("Board decision");
        assertThat(byName("FCJ Refugee Centre").status()).isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(viewModel.allowedActions()).containsExactly(MembershipAction.REINSTATE, MembershipAction.WITHDRAW);
        assertThat(viewModel.accounts().accounts()).allSatisfy(account ->
                assertThat(account.status()).isEqualTo(AccountStatus.DISABLED));
        assertThat(testing.feedback.notifications()).containsExactly(
                "Membership of FCJ Refugee Centre: Suspended.");
    }

    @Test
    void suspendingWithoutAReasonIsRefusedAndChangesNothing() {
        viewModel.selectedProperty().set(byName("FCJ Refugee Centre"));

        viewModel.perform(MembershipAction.SUSPEND, "  ");

        assertThat(testing.feedback.errors()).hasSize(1);
        assertThat(testing.office.membership().find(byName("FCJ Refugee Centre").id()).orElseThrow().status())
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void aNewApplicationSavedFromTheListIsAddedAndSelected() {
        viewModel.startNewApplication();
        OrganizationFormViewModel form = viewModel.form();
        form.nameProperty().set("Réseau d’aide de Sherbrooke");
        form.emailProperty().set("info@sherbrooke.example");
        form.provinceProperty().set(Province.QC);
        form.languageProperty().set(Language.FR);

        form.save();

        assertThat(viewModel.organizations()).hasSize(5);
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Réseau d’aide de Sherbrooke");
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(viewModel.detailProperty().get()).isEqualTo(OrganizationsViewModel.Detail.ORGANIZATION);
    }

    private Organization byName(String name) {
        return viewModel.organizations().stream().filter(organization -> organization.name().equals(name))
                .findFirst().orElseThrow();
    }
}
