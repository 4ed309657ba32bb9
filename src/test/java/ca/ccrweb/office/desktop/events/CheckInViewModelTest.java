package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventViewModel page;
    private CheckInViewModel checkIn;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        EventSamples samples = EventSamples.consultation(testing.office, 3);
        long eventId = samples.consultation.id();
        for (String name : new String[]{"Zoë Côté", "Amina Haddad", "Élodie Lévesque", "Jean Roy"}) {
            testing.office.registrations().register(eventId, EventSamples.person(name,
                    name.replace(' ', '.') + "@example.org", null, "Groupe citoyen"));
        }
        Registration cancelled = testing.office.registrations().register(eventId, EventSamples.person("Ali Cancel",
                "ali@example.org", null, null));
        testing.office.registrations().cancel(cancelled.id());
        page = new EventViewModel(testing.office.events(), testing.office.registrations(), testing.office.payments(),
                testing.office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        checkIn = page.checkIn();
        page.open(samples.consultation, EventViewModel.Tab.CHECK_IN);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void everyoneButTheCancelledIsListedByNameAndTheCountsSayWhoIsExpected() {
        assertThat(checkIn.results()).extracting(Registration::fullName)
                .containsExactly("Amina Haddad", "Élodie Lévesque", "Jean Roy", "Zoë Côté");
        assertThat(checkIn.countTextProperty().get()).isEqualTo("0 of 3 checked in");
    }

    @Test
    void enterChecksInTheFirstPersonFoundThenTheSearchIsClearedForTheNext() {
        checkIn.searchProperty().set("leves");
        assertThat(checkIn.results()).extracting(Registration::fullName).containsExactly("Élodie Lévesque");

        checkIn.checkInSelectedOrFirst();

        Registration elodie = page.registrations().stream()
                .filter(registration -> registration.fullName().equals("Élodie Lévesque")).findFirst().orElseThrow();
        assertThat(elodie.status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(testing.office.registrations().find(elodie.id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(checkIn.searchProperty().get()).isEmpty();
        assertThat(checkIn.countTextProperty().get()).isEqualTo("1 of 3 checked in");
        assertThat(checkIn.arrivedProperty().get()).isEqualTo(1.0 / 3);
        assertThat(checkIn.messageProperty().get()).startsWith("Élodie Lévesque checked in at ");
        assertThat(page.registrationList().registeredTextProperty().get()).isEqualTo("3");
    }

    @Test
    void theSelectedPersonIsCheckedInRatherThanTheFirst() {
        checkIn.selectedProperty().set(checkIn.results().get(1));

        checkIn.checkInSelectedOrFirst();

        assertThat(checkIn.lastCheckedInProperty().get().fullName()).isEqualTo("Élodie Lévesque");
    }

    @Test
    void theLastCheckInCanBeUndone() {
        checkIn.searchProperty().set("amina");
        checkIn.checkInSelectedOrFirst();
        assertThat(checkIn.canUndoProperty().get()).isTrue();

        checkIn.undo();

        assertThat(page.registrations())
                .noneMatch(registration -> registration.status() == RegistrationStatus.ATTENDED);
        assertThat(checkIn.canUndoProperty().get()).isFalse();
        assertThat(checkIn.messageProperty().get()).isEqualTo("Check-in of Amina Haddad undone.");
    }

    @Test
    void someoneAlreadyArrivedOrWaitingIsNotCheckedInAndTheLineSaysWhy() {
        checkIn.searchProperty().set("amina");
        checkIn.checkInSelectedOrFirst();
        checkIn.searchProperty().set("amina");

        checkIn.checkInSelectedOrFirst();
        assertThat(checkIn.messageProperty().get()).startsWith("Amina Haddad is already checked in (");
        assertThat(checkIn.messageIsWarningProperty().get()).isTrue();

        checkIn.searchProperty().set("roy");
        checkIn.checkInSelectedOrFirst();
        assertThat(checkIn.messageProperty().get())
                .isEqualTo("Jean Roy cannot be checked in: the registration is Waitlisted.");
        assertThat(testing.feedback.errors()).isEmpty();

        testing.localizer.setLanguage(Language.FR);
        assertThat(checkIn.countTextProperty().get()).isEqualTo("Arrivées\u00A0: 1 sur 3");
    }

    @Test
    void anEventMonthsAwaySaysItIsNotTodayAndAnArrivalSaysWhatIsStillOwed() {
        assertThat(checkIn.notTodayTextProperty().get()).startsWith("This event runs from ").contains("not today");

        checkIn.searchProperty().set("amina");
        checkIn.checkInSelectedOrFirst();
        assertThat(checkIn.messageProperty().get()).startsWith("Amina Haddad checked in at ")
                .endsWith(". Still owed: $400.00.");
        assertThat(checkIn.messageIsWarningProperty().get()).isTrue();

        testing.localizer.setLanguage(Language.FR);
        assertThat(checkIn.notTodayTextProperty().get()).startsWith("Cet événement a lieu du ")
                .contains("pas aujourd’hui\u00A0:");
    }

    @Test
    void onTheEventsOwnDaysNoWarningShows() {
        Event current = page.event();
        Event today = testing.office.events().update(current.id(), new EventDraft(current.kind(), current.titleFr(),
                current.titleEn(), LocalDate.now(FxTesting.CLOCK).minusDays(1), LocalDate.now(FxTesting.CLOCK).plusDays(1), current.city(),
                current.venue(), current.capacity(), LocalDate.now(FxTesting.CLOCK).minusDays(5), null, current.status()));
        page.open(today, EventViewModel.Tab.CHECK_IN);

        assertThat(checkIn.notTodayTextProperty().get()).isEmpty();
    }
}
