package ca.ccrweb.office.core.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeeRulesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2027, 5, 27);
    private static final Event CONSULTATION = new Event(1, EventKind.NATIONAL_CONSULTATION, "Consultation du printemps",
            "Spring consultation", FRIDAY, FRIDAY.plusDays(2), "Halifax", null, 400, null, LocalDate.of(2027, 4, 15),
            EventStatus.REGISTRATION_OPEN, 0);
    private static final RateCategory MEMBER = new RateCategory(2, 1, RateKind.MEMBER, "Membre", "Member",
            25_000, 10_000, 20_000L, 8_000L, 0);
    private static final RateCategory NON_MEMBER = new RateCategory(3, 1, RateKind.NON_MEMBER, "Non-membre",
            "Non-member", 40_000, 16_000, null, null, 0);

    @Test
    void theWholeEventCostsTheFullAmountAndTheEarlyBirdAmountUpToTheDeadline() {
        assertThat(FeeRules.compute(CONSULTATION, MEMBER, Set.of(), LocalDate.of(2027, 4, 15)).amountCents()).isEqualTo(20_000);
        assertThat(FeeRules.compute(CONSULTATION, MEMBER, Set.of(), LocalDate.of(2027, 4, 16)).amountCents()).isEqualTo(25_000);
        assertThat(FeeRules.compute(CONSULTATION, MEMBER, Set.copyOf(CONSULTATION.days()), LocalDate.of(2027, 5, 1))
                .amountCents()).isEqualTo(25_000);
    }

    @Test
    void fewerDaysCostThePerDayAmountButNeverMoreThanTheFullEvent() {
        Fee oneDay = FeeRules.compute(CONSULTATION, NON_MEMBER, Set.of(FRIDAY), LocalDate.of(2027, 5, 1));
        Fee twoDays = FeeRules.compute(CONSULTATION, NON_MEMBER, Set.of(FRIDAY, FRIDAY.plusDays(1)), LocalDate.of(2027, 5, 1));
        RateCategory expensiveDays = new RateCategory(4, 1, RateKind.SPECIAL, "Étudiant", "Student", 5_000, 3_000, null, null, 0);

        assertThat(oneDay.amountCents()).isEqualTo(16_000);
        assertThat(oneDay.fullEvent()).isFalse();
        assertThat(twoDays.amountCents()).isEqualTo(32_000);
        assertThat(FeeRules.compute(CONSULTATION, expensiveDays, Set.of(FRIDAY, FRIDAY.plusDays(1)), FRIDAY).amountCents())
                .isEqualTo(5_000);
    }

    @Test
    void anEarlyBirdWithoutEarlyAmountsKeepsTheRegularAmounts() {
        assertThat(FeeRules.compute(CONSULTATION, NON_MEMBER, Set.of(), LocalDate.of(2027, 1, 1)).amountCents())
                .isEqualTo(40_000);
    }

    @Test
    void webinarsAndVirtualMeetingsAreFreeForMembersOnly() {
        Event webinar = new Event(5, EventKind.WEBINAR, "Webinaire", "Webinar", FRIDAY, FRIDAY, null, null, null, null,
                null, EventStatus.REGISTRATION_OPEN, 0);
        RateCategory member = new RateCategory(6, 5, RateKind.MEMBER, "Membre", "Member", 2_500, 2_500, null, null, 0);
        RateCategory nonMember = new RateCategory(7, 5, RateKind.NON_MEMBER, "Non-membre", "Non-member", 2_500, 2_500, null, null, 0);

        assertThat(FeeRules.compute(webinar, member, Set.of(), FRIDAY).amountCents()).isZero();
        assertThat(FeeRules.compute(webinar, member, Set.of(), FRIDAY).freeForMembers()).isTrue();
        assertThat(FeeRules.compute(webinar, nonMember, Set.of(), FRIDAY).amountCents()).isEqualTo(2_500);
    }
}
