package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesServiceTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void duesUnpaidAfterTheGracePeriodLapseTheMemberAndPaymentRenewsIt(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long late = office.membership().approve(
                office.membership().apply(draft("Late Centre", "late@example.org", Province.NS)).id(), null)
                .organization().id();
        long onTime = office.membership().approve(
                office.membership().apply(draft("On Time", "ontime@example.org", Province.NS)).id(), null)
                .organization().id();
        long smallest = office.dues().brackets().getFirst().id();
        office.dues().assess(late, 2026, smallest, LocalDate.of(2026, 9, 30));
        office.dues().assess(onTime, 2026, smallest, LocalDate.of(2026, 9, 30));
        office.dues().recordPayment(onTime, 2026, LocalDate.of(2026, 9, 1));

        assertThat(office.dues().lapseOverdueMembers(60)).isEmpty();
        assertThat(office.dues().lapseOverdueMembers(30)).extracting(Organization::id).containsExactly(late);

        assertThat(office.membership().find(late).orElseThrow().status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(office.accounts().administratorOf(late).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(office.membership().find(onTime).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);

        office.dues().recordPayment(late, 2026, LocalDate.of(2026, 11, 23));

        assertThat(office.membership().find(late).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(office.accounts().administratorOf(late).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(office.dues().duesOf(late)).singleElement().satisfies(dues -> {
            assertThat(dues.amountCents()).isEqualTo(10_000);
            assertThat(dues.paidOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void duesAreAssessedOncePerYearAndOnlyForMembers(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long applicant = office.membership().apply(draft("Applicant", "a@example.org", Province.NS)).id();
        long bracket = office.dues().brackets().getLast().id();

        assertThatThrownBy(() -> office.dues().assess(applicant, 2026, bracket, LocalDate.of(2026, 9, 30)))
                .isInstanceOf(OfficeException.class);
        office.membership().approve(applicant, null);
        assertThat(office.dues().assess(applicant, 2026, bracket, LocalDate.of(2026, 9, 30)).amountCents())
                .isEqualTo(50_000);
        assertThatThrownBy(() -> office.dues().assess(applicant, 2026, bracket, LocalDate.of(2026, 9, 30)))
                .isInstanceOfSatisfying(OfficeException.class,
                        e -> assertThat(e.key()).isEqualTo("dues.error.alreadyAssessed"));
    }
}
