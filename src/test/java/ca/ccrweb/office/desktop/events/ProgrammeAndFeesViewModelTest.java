package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
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
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme and fee schedule tabs: sessions and rates typed, refused beside their fields, saved. */
class ProgrammeAndFeesViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventSamples samples;
    private EventViewModel page;
    private Organization clinic;
    private int closed;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        samples = EventSamples.consultation(testing.office, null);
        clinic = testing.member("Halifax Refugee Clinic", "clinic@example.org", "Halifax", Province.NS);
        page = new EventViewModel(testing.office.events(), testing.office.registrations(), testing.office.payments(),
                testing.office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        page.open(samples.consultation, EventViewModel.Tab.FEES);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void amountsAreTypedInDollarsEitherWayAndSavedInCents() {
        FeeScheduleViewModel fees = page.feeSchedule();
        fees.startNew();
        RateFormViewModel form = fees.form();
        assertThat(form.kindProperty().get()).isEqualTo(RateKind.SPECIAL);
        form.labelFrProperty().set("Réfugiés et nouveaux arrivants");
        form.labelEnProperty().set("Refugees and newcomers");
        form.fullEventProperty().set("$12.50");
        form.perDayProperty().set("7,25");
        form.earlyFullEventProperty().set(" 1 250 ");

        form.save(() -> closed++);

        assertThat(closed).isEqualTo(1);
        RateCategory added = page.rates().stream().filter(rate -> rate.labelEn().equals("Refugees and newcomers"))
                .findFirst().orElseThrow();
        assertThat(added.fullEventCents()).isEqualTo(1_250);
        assertThat(added.perDayCents()).isEqualTo(725);
        assertThat(added.earlyFullEventCents()).isEqualTo(125_000);
        assertThat(added.earlyPerDayCents()).isNull();
        assertThat(page.registrationForm().specialRates()).contains(added);
    }

    @Test
    void malformedNegativeOrMissingAmountsAreSaidBesideTheirFields() {
        FeeScheduleViewModel fees = page.feeSchedule();
        fees.startNew();
        RateFormViewModel form = fees.form();
        form.labelFrProperty().set("Étudiants");
        form.labelEnProperty().set("Students");
        form.fullEventProperty().set("12.5.0");
        form.perDayProperty().set("-3");
        form.earlyFullEventProperty().set("douze");

        form.save(() -> closed++);

        assertThat(form.errors().text("fullEventCents").get())
                .isEqualTo("Type an amount in dollars, such as 12.50, 12,50 or 1 000.");
        assertThat(form.errors().text("perDayCents").get()).isEqualTo("Cannot be negative.");
        assertThat(form.errors().text("earlyFullEventCents").get())
                .isEqualTo("Type an amount in dollars, such as 12.50, 12,50 or 1 000.");

        form.fullEventProperty().set("");
        form.perDayProperty().set("10");
        form.earlyFullEventProperty().set("");
        form.save(() -> closed++);
        assertThat(form.errors().text("fullEventCents").get()).isEqualTo("Required.");
        assertThat(form.errors().text("perDayCents").get()).isEmpty();

        testing.localizer.setLanguage(Language.FR);
        assertThat(form.errors().text("fullEventCents").get()).isEqualTo("Obligatoire.");
        assertThat(closed).isZero();
        assertThat(page.rates()).hasSize(3);
    }

    @Test
    void aSecondMemberRateIsRefusedBesideTheKind() {
        RateFormViewModel form = page.feeSchedule().form();
        page.feeSchedule().startNew();
        form.kindProperty().set(RateKind.MEMBER);
        form.labelFrProperty().set("Membre");
        form.labelEnProperty().set("Member");
        form.fullEventProperty().set("100");
        form.perDayProperty().set("50");

        form.save(() -> closed++);

        assertThat(form.errors().text("kind").get()).isEqualTo("The fee schedule already has a member rate.");
    }

    @Test
    void aRateIsEditedWithItsAmountsWrittenBackAsTyped() {
        page.feeSchedule().selectedProperty().set(samples.nonMember);
        assertThat(page.feeSchedule().editSelected()).isTrue();
        RateFormViewModel form = page.feeSchedule().form();
        assertThat(form.fullEventProperty().get()).isEqualTo("400.00");

        form.fullEventProperty().set("450");
        form.save(() -> closed++);

        assertThat(page.rates()).filteredOn(rate -> rate.id() == samples.nonMember.id())
                .singleElement().extracting(RateCategory::fullEventCents).isEqualTo(45_000L);
        assertThat(testing.feedback.notifications()).containsExactly("The rate Non-member is saved.");
    }

    @Test
    void aWorkshopNamesItsMemberOrganizerAndAMeetingItsWorkingGroup() {
        ProgrammeViewModel programme = page.programme();
        SessionFormViewModel form = programme.form();
        programme.startNew();
        form.kindProperty().set(SessionKind.WORKSHOP);
        form.titleFrProperty().set("Atelier : la détention");
        form.titleEnProperty().set("Workshop: detention");
        form.organizerProperty().set("Nobody We Know");
        form.startsAtProperty().set("9 h 30");
        form.endsAtProperty().set("quatre heures");

        form.save(() -> closed++);
        assertThat(form.errors().text("organizer").get())
                .isEqualTo("Choose an active member organization from the list.");
        assertThat(form.errors().text("endsAt").get()).isEqualTo("Type a time such as 9:30 or 14 h.");

        form.organizerProperty().set("halifax refugee clinic");
        form.endsAtProperty().set("11:00");
        form.save(() -> closed++);

        assertThat(closed).isEqualTo(1);
        Session workshop = page.sessions().stream().filter(session -> session.kind() == SessionKind.WORKSHOP)
                .findFirst().orElseThrow();
        assertThat(workshop.organizerOrganizationId()).isEqualTo(clinic.id());
        assertThat(workshop.startsAt()).isEqualTo(LocalTime.of(9, 30));
        assertThat(workshop.day()).isEqualTo(EventSamples.START);
        assertThat(programme.whoText(workshop)).isEqualTo("Halifax Refugee Clinic");
        assertThat(page.registrationForm().availableSessions()).contains(workshop);

        programme.startNew();
        form.kindProperty().set(SessionKind.WORKING_GROUP_MEETING);
        form.titleFrProperty().set("Immigration et établissement");
        form.titleEnProperty().set("Immigration and Settlement");
        form.startsAtProperty().set("14 h");
        form.endsAtProperty().set("16 h");
        form.save(() -> closed++);
        assertThat(form.errors().text("workingGroup").get()).isEqualTo("Required.");

        form.workingGroupProperty().set(WorkingGroup.IMMIGRATION_AND_SETTLEMENT);
        form.save(() -> closed++);
        assertThat(page.sessions()).hasSize(4);
    }

    @Test
    void aSessionIsChangedAndRemoved() {
        ProgrammeViewModel programme = page.programme();
        programme.selectedProperty().set(samples.assembly);
        assertThat(programme.editSelected()).isTrue();
        assertThat(programme.form().startsAtProperty().get()).isEqualTo("9:00");

        programme.form().roomProperty().set("Salle de bal");
        programme.form().save(() -> closed++);
        assertThat(page.sessions()).filteredOn(session -> session.id() == samples.assembly.id()).singleElement()
                .extracting(Session::room).isEqualTo("Salle de bal");

        programme.selectedProperty().set(samples.protection);
        programme.removeSelected();
        assertThat(page.sessions()).extracting(Session::id).containsExactly(samples.assembly.id());
        assertThat(testing.office.events().sessions(samples.consultation.id())).hasSize(1);
    }
}
