package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.ViewModelTesting;
import ca.ccrweb.office.desktop.common.HeldTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FundViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private FundSamples samples;
    private FundViewModel viewModel;

    @BeforeEach
    void aYearWithTwoApplications() {
        testing = new ViewModelTesting(folder);
        samples = FundSamples.of(testing.office);
        viewModel = new FundViewModel(testing.office, testing.executor, testing.feedback, testing.localizer, true,
                false);
        viewModel.yearProperty().set(FundSamples.YEAR);
    }

    @AfterEach
    void close() throws Exception {
        testing.close();
    }

    private FundRow row(long id) {
        return viewModel.rows().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    @Test
    void selectingAnApplicationWithTheAmountsTypedMovesTheBudget() {
        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.yearBudget().line(FundStream.PARTICIPATION).committedCents()).isZero();
        viewModel.selectedProperty().set(row(samples.amina.id()));
        assertThat(viewModel.detail().awardedProperty(ExpenseLine.TRAVEL).get()).isEqualTo("600.00");

        viewModel.detail().awardedProperty(ExpenseLine.LODGING).set("250");
        viewModel.detail().select("Première participation");

        assertThat(testing.feedback.notifications()).contains("Application of Amina Haddad selected: award made.");
        assertThat(viewModel.yearBudget().line(FundStream.PARTICIPATION).committedCents()).isEqualTo(85_000L);
        assertThat(viewModel.yearBudget().line(FundStream.PARTICIPATION).remainingCents()).isEqualTo(115_000L);
        assertThat(viewModel.selectedProperty().get().application().status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(viewModel.detail().decisions()).hasSize(1);
    }

    @Test
    void anAwardAboveTheRequestShowsBesideItsLineAndNothingChanges() {
        viewModel.selectedProperty().set(row(samples.jean.id()));
        viewModel.detail().awardedProperty(ExpenseLine.TRAVEL).set("400,01");

        viewModel.detail().select(null);

        assertThat(viewModel.errors().text("award.TRAVEL").get()).isEqualTo("At most what was requested ($400.00).");
        assertThat(testing.office.fund().find(samples.jean.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        viewModel.detail().awardedProperty(ExpenseLine.TRAVEL).set("four hundred");
        viewModel.detail().select(null);
        assertThat(viewModel.errors().text("award.TRAVEL").get()).isNotEmpty();
    }

    @Test
    void beyondTheBudgetStaffAreToldWhatIsLeft() {
        viewModel.yearBudget().textProperty(FundStream.PARTICIPATION).set("500");
        viewModel.yearBudget().save(FundStream.PARTICIPATION);
        viewModel.selectedProperty().set(row(samples.amina.id()));

        viewModel.detail().select("Oui");

        assertThat(testing.feedback.errors()).singleElement().satisfies(error -> assertThat(
                ((ca.ccrweb.office.core.common.OfficeException) error).key()).isEqualTo("fund.error.overBudget"));
        assertThat(viewModel.yearBudget().line(FundStream.PARTICIPATION).allocatedCents()).isEqualTo(50_000L);
    }

    @Test
    void theFirstSelectionOfAYearWithoutBudgetSaysToSetTheYearsBudget() {
        int nextYear = FundSamples.YEAR + 1;
        LocalDate start = LocalDate.of(nextYear, 5, 26);
        Event consultation = testing.office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps", "Spring Consultation", start, start.plusDays(2), "Winnipeg", null, null,
                null, null, EventStatus.PLANNED));
        FundApplication lan = testing.office.fund().apply(new FundApplicationDraft(new ContactDraft("Lan Nguyen",
                "lan@example.org", null, Language.EN, null, null), null, FundStream.PARTICIPATION, nextYear,
                Province.MB, Language.EN, List.of(consultation.id()),
                List.of(new RequestedLine(ExpenseLine.TRAVEL, 30_000L, "Train")), null));
        viewModel.yearProperty().set(nextYear);
        viewModel.selectedProperty().set(row(lan.id()));

        viewModel.detail().select(null);

        assertThat(viewModel.errors().text("award").get()).isEqualTo("No budget is set for " + nextYear
                + " in the Participation stream yet: set the year’s budget on the Budget tab, then select the "
                + "application.");
        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(testing.office.fund().find(lan.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void beyondTheBudgetAnAdministratorsOneReasonIsTheReasonToGoBeyondIt() {
        FundViewModel administrator = new FundViewModel(testing.office, testing.executor, testing.feedback,
                testing.localizer, true, true);
        administrator.yearProperty().set(FundSamples.YEAR);
        administrator.yearBudget().textProperty(FundStream.PARTICIPATION).set("500");
        administrator.yearBudget().save(FundStream.PARTICIPATION);
        administrator.selectedProperty().set(administrator.rows().stream()
                .filter(row -> row.id() == samples.jean.id()).findFirst().orElseThrow());
        assertThat(administrator.detail().beyondBudgetExplanation()).isNull();
        administrator.selectedProperty().set(administrator.rows().stream()
                .filter(row -> row.id() == samples.amina.id()).findFirst().orElseThrow());

        assertThat(administrator.detail().beyondBudgetExplanation()).isEqualTo("The award ($900.00) goes beyond "
                + "what is left of the Participation stream budget for " + FundSamples.YEAR + " ($500.00). As an "
                + "administrator you may still select it: the reason is required, and recorded as the reason to go "
                + "beyond the budget.");
        administrator.detail().select("Le conseil a approuvé le dépassement");

        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(testing.office.fund().find(samples.amina.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SELECTED);
        assertThat(testing.office.fund().decisions(samples.amina.id())).singleElement().satisfies(decision -> {
            assertThat(decision.overrideReason()).isEqualTo("Le conseil a approuvé le dépassement");
            assertThat(decision.reason()).isNull();
        });
    }

    @Test
    void aKnownPersonFillsTheApplicantAndTheApplicationIsLinkedToTheirRecord() {
        Organization fcj = testing.member("FCJ Refugee Centre", "info@fcj.example.org", "Toronto", Province.ON);
        Contact tesfay = testing.office.contacts().findOrCreate(new ContactDraft("Tesfay Ḥagos", "tesfay@example.org",
                "416-555-0101", Language.EN, fcj.id(), null));
        FundFormViewModel form = viewModel.form();
        form.startNew(FundSamples.YEAR);

        assertThat(form.applicantSuggestions("t")).isEmpty();
        assertThat(form.applicantSuggestions("hagos")).extracting(Contact::fullName).containsExactly("Tesfay Ḥagos");
        assertThat(form.applicantSuggestions("EXAMPLE.ORG")).extracting(Contact::fullName)
                .contains("Amina Haddad", "Jean Roy", "Tesfay Ḥagos");
        assertThat(form.describe(tesfay)).isEqualTo("Tesfay Ḥagos · tesfay@example.org · FCJ Refugee Centre");

        form.useApplicant(tesfay);
        assertThat(form.fullNameProperty().get()).isEqualTo("Tesfay Ḥagos");
        assertThat(form.emailProperty().get()).isEqualTo("tesfay@example.org");
        assertThat(form.phoneProperty().get()).isEqualTo("416-555-0101");
        assertThat(form.languageProperty().get()).isEqualTo(Language.EN);
        assertThat(form.organizationProperty().get().id()).isEqualTo(fcj.id());
        assertThat(form.applicantHintProperty().get())
                .isEqualTo("Filled in from the record of Tesfay Ḥagos: the application will be linked to it.");
        form.chosen().add(samples.consultation.id());
        form.requestedProperty(ExpenseLine.TRAVEL).set("350");
        form.justificationProperty(ExpenseLine.TRAVEL).set("Train");
        form.save();

        assertThat(form.formMessageProperty().get()).isEmpty();
        assertThat(testing.office.fund().applications(FundSamples.YEAR))
                .filteredOn(application -> application.applicantName().equals("Tesfay Ḥagos")).singleElement()
                .satisfies(application -> {
                    assertThat(application.contactId()).isEqualTo(tesfay.id());
                    assertThat(application.organizationId()).isEqualTo(fcj.id());
                    assertThat(application.province()).isEqualTo(Province.ON);
                });
        assertThat(testing.office.contacts().all()).filteredOn(contact -> contact.fullName().equals("Tesfay Ḥagos"))
                .hasSize(1);
    }

    @Test
    void aDecisionOverAnotherWorkstationsChangeIsRefusedWithWhoAndTheTypedAmountsSurviveTheReload() {
        viewModel.selectedProperty().set(row(samples.jean.id()));
        viewModel.detail().awardedProperty(ExpenseLine.TRAVEL).set("300");
        try (OfficeServices bruno = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("t.db")),
                Actor.named("bruno.t"))) {
            bruno.fund().waitlist(samples.jean.id(), Map.of(), "Budget à confirmer");
        }

        viewModel.detail().select(null);

        assertThat(viewModel.detail().conflictProperty().get())
                .startsWith("This application was changed by bruno.t on ").contains("Your decision was not saved");
        assertThat(testing.feedback.notifications()).last().isEqualTo(viewModel.detail().conflictProperty().get());
        assertThat(testing.office.fund().find(samples.jean.id()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.WAITLISTED);

        viewModel.detail().reloadKeepingTyped();

        assertThat(viewModel.selectedProperty().get().application().status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(viewModel.detail().awardedProperty(ExpenseLine.TRAVEL).get()).isEqualTo("300");
        assertThat(viewModel.detail().conflictProperty().get()).isEmpty();
        viewModel.detail().select(null);
        assertThat(testing.office.fund().find(samples.jean.id()).orElseThrow().awardedCents()).isEqualTo(30_000L);
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        viewModel.provinceProperty().set(Province.QC);
        assertThat(viewModel.shown()).extracting(row -> row.application().applicantName()).containsExactly("Jean Roy");
        viewModel.clearFilters();
        viewModel.searchProperty().set("amina");
        assertThat(viewModel.shown()).hasSize(1);
        viewModel.clearFilters();
        viewModel.statusProperty().set(ApplicationStatus.SELECTED);
        assertThat(viewModel.shown()).isEmpty();
        assertThat(viewModel.countTextProperty().get()).isEqualTo("0 of 2 applications");
    }

    @Test
    void aDisbursementIsRecordedAgainstALineAndTheBalanceFollows() throws Exception {
        viewModel.selectedProperty().set(row(samples.jean.id()));
        viewModel.detail().select(null);
        viewModel.disbursement().expenseProperty().set(ExpenseLine.TRAVEL);
        viewModel.disbursement().amountProperty().set("450");
        viewModel.disbursement().methodProperty().set(PaymentMethod.CHEQUE);

        viewModel.disbursement().disburse();
        assertThat(viewModel.errors().text("disbursement.amount").get())
                .isEqualTo("More than is left to pay on Travel ($400.00).");

        viewModel.disbursement().amountProperty().set("150");
        viewModel.disbursement().disburse();
        assertThat(viewModel.detail().disbursements()).hasSize(1);
        assertThat(viewModel.selectedProperty().get().application().balanceCents()).isEqualTo(25_000L);
        assertThat(viewModel.yearBudget().line(FundStream.PARTICIPATION).disbursedCents()).isEqualTo(15_000L);

        Path letter = folder.resolve("letter.pdf");
        viewModel.detail().writeAwardLetter(letter);
        assertThat(Files.size(letter)).isPositive();
    }

    @Test
    void theFormSavesANewApplicationOrShowsWhatIsMissing() {
        FundFormViewModel form = viewModel.form();
        viewModel.startNewApplication();
        form.fullNameProperty().set("Nour Farah");
        form.requestedProperty(ExpenseLine.TRAVEL).set("12,50");

        form.save();
        assertThat(form.errors().text("language").get()).isEqualTo("Required.");
        assertThat(form.errors().text("consultations").get()).isEqualTo("The Participation stream names one consultation.");

        form.languageProperty().set(ca.ccrweb.office.core.l10n.Language.EN);
        form.chosen().add(samples.consultation.id());
        form.save();
        assertThat(testing.feedback.notifications()).contains("Application of Nour Farah saved.");
        assertThat(viewModel.rows()).hasSize(3);
        assertThat(viewModel.rows()).anySatisfy(row -> assertThat(row.application().requestedCents()).isEqualTo(1_250L));
    }

    @Test
    void aSlowReadOfTheYearJustLeftDoesNotPutItBack() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        FundViewModel slow = new FundViewModel(testing.office, held, testing.feedback, testing.localizer, true, false);
        slow.yearProperty().set(FundSamples.YEAR);
        slow.yearProperty().set(FundSamples.YEAR - 1);

        held.finish(1);
        held.finish(0);

        assertThat(slow.yearProperty().get()).isEqualTo(FundSamples.YEAR - 1);
        assertThat(slow.rows()).isEmpty();
    }
}
