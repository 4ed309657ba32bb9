package ca.ccrweb.office.core.dashboard;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.Region;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardServiceTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFiguresAreCountedFromTheData(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        OfficeServices earlier = new OfficeServices(office.database(),
                Clock.fixed(Instant.parse("2024-05-02T15:00:00Z"), ZoneId.of("America/Toronto")), Actor.named("test.staff"));
        long oldMember = earlier.membership().approve(
                earlier.membership().apply(draft("Old Member", "old@example.org", Province.QC)).id(), null)
                .organization().id();
        earlier.membership().apply(draft("Waiting Long", "waiting@example.org", Province.ON));
        long newMember = office.membership().approve(
                office.membership().apply(draft("New Member", "new@example.org", Province.QC)).id(), null)
                .organization().id();
        office.membership().apply(draft("Waiting Less", "less@example.org", Province.BC));
        long bracket = office.dues().brackets().getFirst().id();
        office.dues().assess(oldMember, 2026, bracket, LocalDate.of(2026, 3, 31));
        office.dues().assess(newMember, 2026, bracket, LocalDate.of(2026, 12, 10));

        Dashboard dashboard = office.dashboard().load();

        assertThat(dashboard.applicationsWaiting()).isEqualTo(2);
        assertThat(dashboard.oldestApplication()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(dashboard.renewalsOverdue()).isEqualTo(1);
        assertThat(dashboard.renewalsDue()).isEqualTo(1);
        assertThat(dashboard.membersByRegion()).containsEntry(Region.QUEBEC, 2).containsEntry(Region.ONTARIO, 0);
        assertThat(dashboard.membersByYearJoined()).containsEntry(2024, 1).containsEntry(2026, 1);
        assertThat(dashboard.fundBudgets()).hasSize(2);
        assertThat(dashboard.activityShown()).isTrue();
        assertThat(dashboard.recentActivity()).hasSize(DashboardService.RECENT_ACTIVITY)
                .first().satisfies(latest -> assertThat(latest.action()).isEqualTo("ASSESS_DUES"));
    }
}
