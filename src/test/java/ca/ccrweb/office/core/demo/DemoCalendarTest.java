package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.dashboard.Dashboard;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCalendarTest {
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @TempDir
    Path folder;

    /** Before and after the fall consultation (November 26 to 28), after which the dashboard showed nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-12-08"})
    void theDemoCalendarPutsEarlierConsultationsBehindTodayAndTheNextOneAhead(String day) {
        LocalDate today = LocalDate.parse(day);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(TORONTO).toInstant(), TORONTO);
        try (OfficeServices office = new OfficeServices(Database.open(TestDatabases.settings(Engine.SQLITE, folder)),
                clock, Actor.named("test.staff"))) {
            DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
            DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);

            List<Event> consultations = office.events().all().stream()
                    .filter(event -> event.kind() == EventKind.NATIONAL_CONSULTATION).toList();
            assertThat(consultations).filteredOn(event -> event.endsOn().isBefore(today))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(consultations).filteredOn(event -> !event.endsOn().isBefore(today)).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.startsOn()).isBefore(today.plusYears(1)));
            Dashboard dashboard = office.dashboard().load();
            assertThat(dashboard.upcomingEvents()).extracting(Dashboard.UpcomingEvent::titleEn)
                    .anyMatch(title -> title.contains("Consultation"));
        }
    }
}
