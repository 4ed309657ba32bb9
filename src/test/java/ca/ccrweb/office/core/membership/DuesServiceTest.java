package ca.ccrweb.office.core.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.PaymentMethod;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

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
        long late = member(office, "Late Centre", "late@example.org");
        long onTime = member(office, "On Time", "ontime@example.org");
        long smallest = office.dues().brackets().getFirst().id();
        office.dues().assess(late, 2026, smallest, LocalDate.of(2026, 9, 30));
        office.dues().assess(onTime, 2026, smallest, LocalDate.of(2026, 9, 30));
        payInFull(office, onTime, 2026, LocalDate.of(2026, 9, 1));

        assertThat(office.dues().lapsePreview(60)).isEmpty();
        assertThat(office.dues().lapsePreview(30)).singleElement().satisfies(candidate -> {
            assertThat(candidate.organizationName()).isEqualTo("Late Centre");
            assertThat(candidate.balanceCents()).isEqualTo(10_000);
        });
        assertThat(office.membership().find(late).orElseThrow().status())
                .as("the preview changes nothing").isEqualTo(MembershipStatus.ACTIVE);
        assertThat(office.dues().lapseOverdueMembers(60)).isEmpty();
        assertThat(office.dues().lapseOverdueMembers(30)).extracting(Organization::id).containsExactly(late);

        assertThat(office.membership().find(late).orElseThrow().status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(office.accounts().administratorOf(late).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(office.membership().find(onTime).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(office.dues().lapsePreview(30)).as("a lapsed member is not lapsed twice").isEmpty();

        office.dues().recordPayment(late, 2026, new DuesPaymentDraft(4_000, LocalDate.of(2026, 11, 20),
                PaymentMethod.CHEQUE, "1042"));
        assertThat(office.membership().find(late).orElseThrow().status())
                .as("a part payment does not renew").isEqualTo(MembershipStatus.LAPSED);

        DuesLine settled = office.dues().recordPayment(late, 2026, new DuesPaymentDraft(6_000,
                LocalDate.of(2026, 11, 23), PaymentMethod.E_TRANSFER, "ET-77"));

        assertThat(settled.paid()).isTrue();
        assertThat(settled.balanceCents()).isZero();
        assertThat(settled.paidOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(office.membership().find(late).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(office.accounts().administratorOf(late).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(office.dues().paymentsOf(late)).extracting(DuesPayment::method, DuesPayment::reference,
                DuesPayment::amountCents).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PaymentMethod.E_TRANSFER, "ET-77", 6_000L),
                org.assertj.core.groups.Tuple.tuple(PaymentMethod.CHEQUE, "1042", 4_000L));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPaymentIsNeverAboveTheBalanceNorMadeOnDuesAlreadyPaid(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long member = member(office, "Centre", "centre@example.org");
        office.dues().assess(member, 2026, office.dues().brackets().getFirst().id(), LocalDate.of(2026, 3, 31));

        assertThatThrownBy(() -> office.dues().recordPayment(member, 2026, new DuesPaymentDraft(10_001,
                LocalDate.of(2026, 4, 1), PaymentMethod.CASH, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.key()).isNotBlank());
        assertThatThrownBy(() -> office.dues().recordPayment(member, 2026, new DuesPaymentDraft(0,
                LocalDate.of(2026, 4, 1), PaymentMethod.CASH, null))).isInstanceOf(ValidationException.class);
        payInFull(office, member, 2026, LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> office.dues().recordPayment(member, 2026, new DuesPaymentDraft(100,
                LocalDate.of(2026, 4, 2), PaymentMethod.CASH, null)))
                .isInstanceOfSatisfying(OfficeException.class, e -> assertThat(e.key()).isEqualTo("dues.error.alreadyPaid"));
        assertThat(office.dues().linesOf(member)).singleElement()
                .satisfies(line -> assertThat(line.paidCents()).isEqualTo(10_000));
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

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theYearlyAssessmentCreatesEachActiveMembersDuesOnce(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long small = member(office, "Small Centre", "small@example.org");
        long large = member(office, "Large Agency", "large@example.org");
        long suspended = member(office, "Suspended", "suspended@example.org");
        office.membership().suspend(suspended, "decision of the board");
        office.membership().apply(draft("Applicant", "applicant@example.org", Province.NS));
        DuesBracket largest = office.dues().brackets().getLast();
        office.dues().setBracket(large, largest.id());
        office.dues().setSchedule(2027, Map.of(1L, 12_000L, 2L, 22_000L, 3L, 37_000L, 4L, 55_000L));
        LocalDate dueOn = DuesService.defaultDueDate(2027);

        DuesAssessment preview = office.dues().previewAssessment(2027, dueOn);
        assertThat(preview.placeholderAmounts()).isFalse();
        assertThat(preview.lines()).extracting(DuesAssessment.Line::organizationName, DuesAssessment.Line::amountCents,
                DuesAssessment.Line::bracketChosen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Large Agency", 55_000L, true),
                org.assertj.core.groups.Tuple.tuple("Small Centre", 12_000L, false));
        assertThat(office.dues().linesOfYear(2027)).as("the preview creates nothing").isEmpty();

        DuesAssessment first = office.dues().assessYear(2027, dueOn);
        DuesAssessment second = office.dues().assessYear(2027, dueOn);

        assertThat(first.lines()).hasSize(2);
        assertThat(first.totalCents()).isEqualTo(67_000);
        assertThat(second.lines()).isEmpty();
        assertThat(second.alreadyAssessed()).isEqualTo(2);
        assertThat(office.dues().linesOfYear(2027)).extracting(DuesLine::organizationId, DuesLine::amountCents,
                DuesLine::dueOn).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(small, 12_000L, dueOn),
                org.assertj.core.groups.Tuple.tuple(large, 55_000L, dueOn));
        assertThat(office.dues().previewAssessment(2028, DuesService.defaultDueDate(2028)).placeholderAmounts())
                .as("a year the office has not set uses the placeholders").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void goodStandingOnADayMeansActiveThatDayAndOwingNothingAlreadyDue(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        OfficeServices earlier = new OfficeServices(office.database(),
                Clock.fixed(Instant.parse("2026-01-15T15:00:00Z"), ZoneId.of("America/Toronto")), Actor.named("test.staff"));
        long paid = earlier.membership().approve(
                earlier.membership().apply(draft("Paid Up", "paid@example.org", Province.NS)).id(), null)
                .organization().id();
        long arrears = earlier.membership().approve(
                earlier.membership().apply(draft("In Arrears", "arrears@example.org", Province.NS)).id(), null)
                .organization().id();
        long notYetDue = earlier.membership().approve(
                earlier.membership().apply(draft("Not Yet Due", "notyet@example.org", Province.NS)).id(), null)
                .organization().id();
        long joinedLater = member(office, "Joined Later", "later@example.org");
        long bracket = office.dues().brackets().getFirst().id();
        office.dues().assess(paid, 2026, bracket, LocalDate.of(2026, 3, 31));
        payInFull(office, paid, 2026, LocalDate.of(2026, 3, 10));
        office.dues().assess(arrears, 2026, bracket, LocalDate.of(2026, 3, 31));
        payInFull(office, arrears, 2026, LocalDate.of(2026, 7, 1));
        office.dues().assess(notYetDue, 2026, bracket, LocalDate.of(2026, 12, 31));
        long delegate = office.accounts().administratorOf(paid).orElseThrow().id();
        office.dues().setVotingDelegate(paid, delegate);

        LocalDate assembly = LocalDate.of(2026, 6, 5);
        assertThat(office.dues().goodStandingOn(assembly)).extracting(m -> m.organization().name())
                .containsExactly("Not Yet Due", "Paid Up");
        assertThat(office.dues().goodStandingOn(assembly)).filteredOn(m -> m.organization().id() == paid)
                .singleElement().satisfies(m -> assertThat(m.delegate().id()).isEqualTo(delegate));
        assertThat(office.dues().goodStandingOn(LocalDate.of(2026, 11, 23))).extracting(m -> m.organization().name())
                .containsExactly("In Arrears", "Joined Later", "Not Yet Due", "Paid Up");
        assertThat(joinedLater).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theVotingDelegateIsAnAccountOfTheOrganization(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        long one = member(office, "One", "one@example.org");
        long other = member(office, "Other", "other@example.org");
        long othersAdministrator = office.accounts().administratorOf(other).orElseThrow().id();

        assertThatThrownBy(() -> office.dues().setVotingDelegate(one, othersAdministrator))
                .isInstanceOf(ValidationException.class);
        assertThat(office.dues().votingDelegate(one)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theGracePeriodIsASettingWithinAYear(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        assertThat(office.dues().graceDays()).isEqualTo(60);
        office.dues().setGraceDays(45);
        assertThat(office.dues().graceDays()).isEqualTo(45);
        assertThatThrownBy(() -> office.dues().setGraceDays(-1)).isInstanceOf(ValidationException.class);
    }

    private static long member(OfficeServices office, String name, String email) {
        return office.membership().approve(office.membership().apply(draft(name, email, Province.NS)).id(), null)
                .organization().id();
    }

    private static void payInFull(OfficeServices office, long organizationId, int year, LocalDate paidOn) {
        long balance = office.dues().line(organizationId, year).orElseThrow().balanceCents();
        office.dues().recordPayment(organizationId, year, new DuesPaymentDraft(balance, paidOn, PaymentMethod.CHEQUE,
                "100"));
    }
}
