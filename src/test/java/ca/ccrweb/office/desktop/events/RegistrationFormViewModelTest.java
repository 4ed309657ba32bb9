package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationFormViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventSamples samples;
    private EventViewModel page;
    private RegistrationFormViewModel form;
    private Organization clinic;
    private int closed;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        samples = EventSamples.consultation(testing.office, 2);
        clinic = testing.member("Halifax Refugee Clinic", "clinic@example.org", "Halifax", Province.NS);
        testing.apply("Prairie Welcome", "hello@prairie.example", "Regina", Province.SK);
        page = new EventViewModel(testing.office.events(), testing.office.registrations(), testing.office.payments(),
                testing.office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        page.open(samples.consultation, EventViewModel.Tab.REGISTRATIONS);
        form = page.registrationForm();
        form.start();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void theFeeIsQuotedAsTheFormChangesAndNeverTyped() {
        assertThat(form.feeTextProperty().get()).isEqualTo("$400.00");
        assertThat(form.feeDetailProperty().get()).isEqualTo("Non-member rate · whole event");

        form.organizationProperty().set("halifax refugee CLINIC");
        assertThat(form.memberProperty().get()).isEqualTo(clinic);
        assertThat(form.organizationHintProperty().get()).startsWith("Member organization: Halifax Refugee Clinic.");
        assertThat(form.feeTextProperty().get()).isEqualTo("$250.00");

        form.days().add(EventSamples.START.plusDays(1));
        assertThat(form.feeTextProperty().get()).isEqualTo("$100.00");
        assertThat(form.feeDetailProperty().get()).isEqualTo("Member rate · 1 day");

        form.specialRateProperty().set(samples.youth);
        assertThat(form.feeTextProperty().get()).isEqualTo("$20.00");
        assertThat(form.feeDetailProperty().get()).isEqualTo("Youth · 1 day");

        testing.localizer.setLanguage(Language.FR);
        assertThat(form.feeTextProperty().get()).isEqualTo("20,00\u00a0$");
        assertThat(form.feeDetailProperty().get()).isEqualTo("Jeunes · 1 jour");
    }

    @Test
    void editingARegistrationQuotesANewFeeOnlyWhenTheDaysOrRateChange() {
        Registration jean = testing.office.registrations().register(samples.consultation.id(),
                EventSamples.person("Jean Roy", "jean@example.org", null, "Église unie Saint-Jean"));
        page.changed(jean);
        form.startEditing(jean, java.util.List.of(), java.util.List.of());
        assertThat(form.feeTextProperty().get()).isEqualTo("$400.00");
        assertThat(form.feeDetailProperty().get())
                .isEqualTo("Neither the rate nor the days change: the amount due stays as it is.");
        assertThat(form.isDirty()).isFalse();

        form.days().add(EventSamples.START);
        assertThat(form.feeTextProperty().get()).isEqualTo("$160.00");
        form.dietaryNeedsProperty().set("Halal");
        assertThat(form.isDirty()).isTrue();
        form.save(() -> closed++);

        Registration changed = testing.office.registrations().find(jean.id()).orElseThrow();
        assertThat(closed).isEqualTo(1);
        assertThat(changed.amountDueCents()).isEqualTo(16_000);
        assertThat(changed.dietaryNeeds()).isEqualTo("Halal");
        assertThat(changed.organizationName()).isEqualTo("Église unie Saint-Jean");
        assertThat(page.registrations()).filteredOn(row -> row.id() == jean.id())
                .extracting(Registration::amountDueCents).containsExactly(16_000L);
    }

    @Test
    void anApplicantThatIsNotYetAMemberPaysTheNonMemberRate() {
        form.organizationProperty().set("Prairie Welcome");

        assertThat(form.memberProperty().get()).isNull();
        assertThat(form.organizationHintProperty().get())
                .isEqualTo("Not a member organization: the non-member rate applies.");
        assertThat(form.feeTextProperty().get()).isEqualTo("$400.00");
        assertThat(form.suggestions("refugee")).containsExactly("Halifax Refugee Clinic");
        assertThat(form.suggestions("prairie")).isEmpty();
    }

    @Test
    void onlyTheSessionsOfTheChosenDaysAreOfferedAndChoicesOnOtherDaysAreDropped() {
        assertThat(form.availableSessions()).containsExactlyInAnyOrder(samples.assembly, samples.protection);
        form.sessions().add(samples.protection.id());

        form.days().add(EventSamples.START.plusDays(2));

        assertThat(form.availableSessions()).containsExactly(samples.assembly);
        assertThat(form.sessions()).isEmpty();
    }

    @Test
    void invalidInputIsRefusedBesideEachFieldAndNothingIsSaved() {
        form.emailProperty().set("not an email");
        form.phoneProperty().set("call me");

        form.save(() -> closed++);

        assertThat(form.errors().text("fullName").get()).isEqualTo("Required.");
        assertThat(form.errors().text("email").get()).isEqualTo("Not a valid email address.");
        assertThat(form.errors().text("phone").get()).isEqualTo("Not a valid phone number.");
        assertThat(form.formMessageProperty().get()).isEqualTo("Some fields need attention.");
        assertThat(closed).isZero();
        assertThat(testing.office.registrations().ofEvent(samples.consultation.id())).isEmpty();
    }

    @Test
    void savingRegistersThePersonAddsThemToTheListAndSaysTheFee() {
        form.fullNameProperty().set("Nguyễn Thị Hương");
        form.emailProperty().set("huong@example.org");
        form.organizationProperty().set("Halifax Refugee Clinic");
        form.sessions().add(samples.protection.id());
        form.dietaryNeedsProperty().set("Halal");

        form.save(() -> closed++);

        assertThat(closed).isEqualTo(1);
        Registration saved = page.registrations().getLast();
        assertThat(saved.fullName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(saved.organizationId()).isEqualTo(clinic.id());
        assertThat(saved.amountDueCents()).isEqualTo(25_000);
        assertThat(saved.dietaryNeeds()).isEqualTo("Halal");
        assertThat(testing.office.registrations().sessionChoices(saved.id())).hasSize(1);
        assertThat(page.registrationList().shown()).contains(saved);
        assertThat(page.registrationList().registeredTextProperty().get()).isEqualTo("1");
        assertThat(testing.feedback.notifications())
                .containsExactly("Nguyễn Thị Hương is registered. Registration fee: $250.00.");
    }

    @Test
    void whenTheEventIsFullTheFormSaysSoAndThePersonWaitsForAPlace() {
        register("Un", "un@example.org");
        register("Deux", "deux@example.org");
        assertThat(form.fullNoticeProperty().get())
                .isEqualTo("Every place is taken: this person will be put on the waitlist.");

        register("Trois", "trois@example.org");

        assertThat(page.registrations().getLast().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(testing.feedback.notifications().getLast())
                .isEqualTo("The event is full: Trois is on the waitlist.");
        assertThat(page.registrationList().waitlistedTextProperty().get()).isEqualTo("1");
    }

    @Test
    void thePersonAlreadyRegisteredIsRefusedBesideTheEmail() {
        register("Amina Haddad", "amina@example.org");

        register("Amina H.", "AMINA@example.org");

        assertThat(form.errors().text("email").get()).isEqualTo("Amina Haddad is already registered for this event.");
        assertThat(page.registrations()).hasSize(1);
    }

    private void register(String name, String email) {
        form.start();
        form.fullNameProperty().set(name);
        form.emailProperty().set(email);
        form.save(() -> closed++);
    }
}
