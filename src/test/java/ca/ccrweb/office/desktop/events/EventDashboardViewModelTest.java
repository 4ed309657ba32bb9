package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import ca.ccrweb.office.desktop.events.EventDashboardViewModel.DatedCount;
import ca.ccrweb.office.desktop.events.EventDashboardViewModel.NamedCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventDashboardViewModelTest {
    private static final LocalDate MONDAY = LocalDate.now(FxTesting.CLOCK);

    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventViewModel page;
    private EventDashboardViewModel dashboard;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        EventSamples samples = EventSamples.consultation(testing.office, null);
        long clinic = testing.member("Halifax Refugee Clinic", "clinic@example.org", "Halifax", Province.NS).id();
        long fcj = testing.member("FCJ Refugee Centre", "fcj@example.org", "Toronto", Province.ON).id();
        var registrations = testing.office.registrations();
        long eventId = samples.consultation.id();
        registrations.register(eventId, on("Un", clinic, null, MONDAY));
        registrations.register(eventId, on("Deux", clinic, null, MONDAY));
        registrations.register(eventId, on("Trois", fcj, null, MONDAY.plusDays(2)));
        registrations.register(eventId, on("Quatre", null, samples.youth.id(), MONDAY.plusDays(3)));
        var cancelled = registrations.register(eventId, on("Cinq", null, null, MONDAY.plusDays(3)));
        registrations.cancel(cancelled.id());
        page = new EventViewModel(testing.office.events(), testing.office.registrations(), testing.office.payments(),
                testing.office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        dashboard = page.dashboard();
        page.open(samples.consultation, EventViewModel.Tab.DASHBOARD);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    private static RegistrationDraft on(String name, Long memberId, Long specialRate, LocalDate day) {
        return new RegistrationDraft(new ContactDraft(name, name + "@example.org", null, Language.EN, null, null),
                memberId, memberId == null ? "Groupe citoyen" : null, specialRate, Set.of(), Set.of(), Language.EN,
                null, null, null, null, day);
    }

    @Test
    void nothingIsWorkedOutUntilTheDashboardIsShown() {
        assertThat(dashboard.figuresProperty().get().received()).isZero();

        dashboard.setShown(true);

        assertThat(dashboard.figuresProperty().get().received()).isEqualTo(5);
        assertThat(dashboard.summaryProperty().get())
                .isEqualTo("5 registrations received · 4 hold a place · 0 attended");
    }

    @Test
    void registrationsAddUpDayByDayAndPlacesAreCountedByRateAndRegion() {
        dashboard.setShown(true);
        EventDashboardViewModel.Figures figures = dashboard.figuresProperty().get();

        assertThat(figures.overTime()).containsExactly(new DatedCount(MONDAY, 2), new DatedCount(MONDAY.plusDays(2), 3),
                new DatedCount(MONDAY.plusDays(3), 5));
        assertThat(figures.byRate()).containsExactlyInAnyOrder(new NamedCount("Member", 3), new NamedCount("Youth", 1));
        assertThat(figures.byRegion()).containsExactly(new NamedCount("Atlantic", 2), new NamedCount("Ontario", 1),
                new NamedCount("Not a member organization", 1));
    }

    @Test
    void aCheckInShowsAtOnceOnADashboardShownAndTheLabelsFollowTheLanguage() {
        dashboard.setShown(true);
        page.checkIn().searchProperty().set("trois");
        page.checkIn().checkInSelectedOrFirst();

        assertThat(dashboard.figuresProperty().get().attended()).isEqualTo(1);

        testing.localizer.setLanguage(Language.FR);
        assertThat(dashboard.figuresProperty().get().byRate()).contains(new NamedCount("Membre", 3));
        assertThat(dashboard.summaryProperty().get())
                .isEqualTo("Inscriptions reçues\u00A0: 5 · places prises\u00A0: 4 · présences\u00A0: 1");
    }
}
