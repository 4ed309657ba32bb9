package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PlaceCount;
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

class EventsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventsViewModel events;
    private EventSamples samples;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        samples = EventSamples.consultation(testing.office, 2);
        var office = testing.office;
        for (String name : new String[]{"Amina Haddad", "Jean Roy", "Zoë Côté"}) {
            office.registrations().register(samples.consultation.id(), EventSamples.person(name,
                    name.replace(' ', '.') + "@example.org", null, "Groupe citoyen"));
        }
        office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire PST",
                "TRP webinar", LocalDate.now(FxTesting.CLOCK).plusDays(20), LocalDate.now(FxTesting.CLOCK).plusDays(20), null, null, null, null,
                null, EventStatus.PLANNED));
        EventViewModel page = new EventViewModel(office.events(), office.registrations(), office.payments(),
                office.membership(), testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        events = new EventsViewModel(office.events(), office.registrations(), testing.executor, testing.feedback,
                testing.localizer, page, new EventFormViewModel(office.events(), testing.executor, testing.feedback,
                testing.localizer));
        events.load();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void theListShowsEachEventWithItsPlacesTakenAndWaitingList() {
        assertThat(events.rows()).hasSize(2);
        EventRow consultation = events.rows().stream().filter(row -> row.id() == samples.consultation.id())
                .findFirst().orElseThrow();
        assertThat(consultation.places()).isEqualTo(new PlaceCount(2, 1));
        assertThat(EventTexts.places(testing.localizer, consultation.event(), consultation.places()))
                .isEqualTo("2 / 2");
        assertThat(events.countTextProperty().get()).isEqualTo("2 of 2 events");
    }

    @Test
    void searchAndFiltersNarrowTheListAndTheCountFollowsTheLanguage() {
        events.searchProperty().set("halifax");
        assertThat(events.shown()).extracting(EventRow::id).containsExactly(samples.consultation.id());

        events.searchProperty().set("");
        events.kindProperty().set(EventKind.WEBINAR);
        assertThat(events.shown()).extracting(row -> row.event().titleEn()).containsExactly("TRP webinar");

        events.kindProperty().set(null);
        events.statusProperty().set(EventStatus.REGISTRATION_OPEN);
        testing.localizer.setLanguage(Language.FR);
        assertThat(events.shown()).hasSize(1);
        assertThat(events.countTextProperty().get()).isEqualTo("1 sur 2 événements");

        events.clearFilters();
        assertThat(events.shown()).hasSize(2);
    }

    @Test
    void openingAnEventLoadsItsRegistrationsAndClosingBringsTheCountsUpToDate() {
        Event consultation = samples.consultation;
        events.open(consultation);

        assertThat(events.openedProperty().get()).isEqualTo(consultation);
        assertThat(events.eventPage().registrations()).hasSize(3);
        assertThat(events.eventPage().rates()).hasSize(3);
        assertThat(events.eventPage().sessions()).hasSize(2);
        assertThat(events.eventPage().titleProperty().get()).isEqualTo("Spring Consultation");

        testing.office.registrations().cancel(events.eventPage().registrations().getFirst().id());
        events.close();

        assertThat(events.openedProperty().get()).isNull();
        assertThat(events.eventPage().registrations()).isEmpty();
        assertThat(events.rows().stream().filter(row -> row.id() == consultation.id()).findFirst().orElseThrow()
                .places()).isEqualTo(new PlaceCount(2, 0));
    }

    @Test
    void aNewEventIsRefusedFieldByFieldThenCreatedAndOpenedOnItsDetails() {
        EventFormViewModel form = events.newEvent();
        events.startNewEvent();
        form.capacityProperty().set("lots");
        form.save();
        assertThat(form.errors().text("capacity").get()).isEqualTo("Type a whole number, such as 250.");
        form.capacityProperty().set("1,5");
        form.save();
        assertThat(form.errors().text("capacity").get())
                .isEqualTo("Type a whole number, without decimals, such as 250.");

        form.capacityProperty().set("120");
        form.endsOnProperty().set(LocalDate.now(FxTesting.CLOCK).plusDays(30));
        form.startsOnProperty().set(LocalDate.now(FxTesting.CLOCK).plusDays(31));
        form.save();
        assertThat(form.errors().text("kind").get()).isEqualTo("Required.");
        assertThat(form.errors().text("titleFr").get()).isEqualTo("Required.");
        assertThat(form.errors().text("endsOn").get()).isEqualTo("The event cannot end before it starts.");

        form.kindProperty().set(EventKind.YOUTH_ACTION_GATHERING);
        form.titleFrProperty().set("Rassemblement action jeunesse");
        form.titleEnProperty().set("Youth Action Gathering");
        form.endsOnProperty().set(LocalDate.now(FxTesting.CLOCK).plusDays(32));
        form.save();

        assertThat(testing.office.events().all()).hasSize(3);
        assertThat(events.openedProperty().get().titleEn()).isEqualTo("Youth Action Gathering");
        assertThat(events.openedProperty().get().capacity()).isEqualTo(120);
        assertThat(events.eventPage().tabProperty().get()).isEqualTo(EventViewModel.Tab.DETAILS);
        assertThat(testing.feedback.notifications())
                .containsExactly("Youth Action Gathering is created: add its fee schedule and programme.");
    }
}
