package ca.ccrweb.office.core.fund;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.events.RegistrationTotals;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Role;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FundServiceTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private Event spring;
    private Event summer;
    private Event fall;
    private Event webinar;
    private Event nextSpring;

    private void open(Engine engine) {
        office = TestOffices.open(engine, folder);
        spring = event(EventKind.NATIONAL_CONSULTATION, "Consultation du printemps 2027", LocalDate.of(2027, 5, 27));
        summer = event(EventKind.WORKING_GROUP_MEETINGS, "Rencontres des groupes de travail — été 2027",
                LocalDate.of(2027, 7, 8));
        fall = event(EventKind.NATIONAL_CONSULTATION, "Consultation d’automne 2027", LocalDate.of(2027, 11, 25));
        webinar = event(EventKind.WEBINAR, "Webinaire 2027", LocalDate.of(2027, 3, 3));
        nextSpring = event(EventKind.NATIONAL_CONSULTATION, "Consultation du printemps 2028", LocalDate.of(2028, 5, 25));
    }

    private Event event(EventKind kind, String title, LocalDate start) {
        Event event = office.events().create(new EventDraft(kind, title, title, start, start.plusDays(2), "Halifax",
                null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                25_000L, 10_000L, null, null));
        return event;
    }

    private static FundApplicationDraft draft(String name, String email, FundStream stream, List<Long> events,
                                              long travel, long lodging) {
        return new FundApplicationDraft(new ContactDraft(name, email, null, Language.FR, null, null), null, stream,
                2027, Province.NS, Language.FR, events,
                List.of(new RequestedLine(ExpenseLine.TRAVEL, travel, "Autobus Moncton–Halifax"),
                        new RequestedLine(ExpenseLine.LODGING, lodging, "Deux nuits")), null);
    }

    private FundApplication participation(String name, long travel, long lodging) {
        return office.fund().apply(draft(name, name.toLowerCase().replace(' ', '.') + "@example.org",
                FundStream.PARTICIPATION, List.of(spring.id()), travel, lodging));
    }

    private OfficeServices as(Role role) {
        return new OfficeServices(office.database(), TestOffices.CLOCK, new Actor() {
            @Override
            public String name() {
                return "someone." + role.name().toLowerCase();
            }

            @Override
            public Role role() {
                return role;
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theBudgetIsAllocatedCommittedDisbursedAndRemainingToTheCent(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 1_000_001L);
        FundApplication first = participation("Amina Haddad", 45_050L, 30_025L);
        FundApplication second = participation("Yonas Tesfamariam", 12_345L, 0L);

        office.fund().select(first.id(), Map.of(ExpenseLine.TRAVEL, 45_049L, ExpenseLine.LODGING, 30_025L),
                "Première participation", null);
        office.fund().select(second.id(), Map.of(), null, null);
        office.fund().disburse(first.id(), ExpenseLine.TRAVEL, 20_001L, LocalDate.of(2027, 5, 1),
                PaymentMethod.CHEQUE, "Reçu 17");

        BudgetLine budget = office.fund().budget(2027, FundStream.PARTICIPATION);
        assertThat(budget.allocatedCents()).isEqualTo(1_000_001L);
        assertThat(budget.committedCents()).isEqualTo(45_049L + 30_025L + 12_345L);
        assertThat(budget.disbursedCents()).isEqualTo(20_001L);
        assertThat(budget.remainingCents()).isEqualTo(1_000_001L - 87_419L);
        assertThat(budget.toDisburseCents()).isEqualTo(87_419L - 20_001L);
        assertThat(office.fund().budget(2027, FundStream.LEADERSHIP).allocatedCents()).isZero();
        FundApplication paid = office.fund().find(first.id()).orElseThrow();
        assertThat(paid.awardedCents()).isEqualTo(75_074L);
        assertThat(paid.balanceCents()).isEqualTo(75_074L - 20_001L);
        assertThat(paid.line(ExpenseLine.TRAVEL).balanceCents()).isEqualTo(45_049L - 20_001L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAwardNeverExceedsWhatWasRequestedOnALine(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 500_000L);
        FundApplication application = participation("Amina Haddad", 40_000L, 20_000L);

        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> office.fund().select(
                application.id(), Map.of(ExpenseLine.TRAVEL, 40_001L, ExpenseLine.LODGING, 20_000L), null, null));

        assertThat(refusal.errorFor("award.TRAVEL")).isPresent();
        assertThat(refusal.errorFor("award.LODGING")).isEmpty();
        assertThat(refusal.errorFor("award.TRAVEL").orElseThrow().localizedMessage(Messages.of(Language.EN)))
                .isEqualTo("At most what was requested ($400.00).");
        assertThat(refusal.errorFor("award.TRAVEL").orElseThrow().localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Au plus le montant demandé (400,00\u00a0$).");
        assertThat(office.fund().find(application.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(catchThrowableOfType(ValidationException.class, () -> office.fund().select(application.id(),
                Map.of(ExpenseLine.CHILDCARE, 5_000L), null, null)).errorFor("award.CHILDCARE")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAwardBeyondTheRemainingBudgetIsRefusedToStaffAndRecordedWhenAnAdministratorOverrides(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 50_000L);
        FundApplication application = participation("Amina Haddad", 40_000L, 20_000L);
        OfficeServices staff = as(Role.STAFF);

        OfficeException noReason = catchThrowableOfType(OfficeException.class,
                () -> staff.fund().select(application.id(), Map.of(), "Dossier solide", null));
        assertThat(noReason.key()).isEqualTo("fund.error.overBudget");
        assertThat(noReason.localizedMessage(Messages.of(Language.EN))).contains("$600.00").contains("$500.00");
        OfficeException staffOverride = catchThrowableOfType(OfficeException.class,
                () -> staff.fund().select(application.id(), Map.of(), "Dossier solide", "Urgence"));
        assertThat(staffOverride.key()).isEqualTo("security.error.denied");
        assertThat(office.fund().find(application.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);

        FundApplication selected = as(Role.ADMINISTRATOR).fund().select(application.id(), Map.of(), "Dossier solide",
                "Le conseil a approuvé un dépassement de 100 $");

        assertThat(selected.status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(office.fund().decisions(application.id())).singleElement().satisfies(decision -> {
            assertThat(decision.overrideReason()).isEqualTo("Le conseil a approuvé un dépassement de 100 $");
            assertThat(decision.actor()).isEqualTo("someone.administrator");
            assertThat(decision.awardedCents()).isEqualTo(60_000L);
        });
        assertThat(office.fund().budget(2027, FundStream.PARTICIPATION).remainingCents()).isEqualTo(-10_000L);
        List<AuditEntry> audit = office.audit().entries("fund_application", application.id(), 10);
        assertThat(audit).extracting(AuditEntry::action).contains("FUND_OVERRIDE_BUDGET", "FUND_SELECTED");
        assertThat(office.audit().entries("permission", "OVERRIDE_FUND_BUDGET", 5)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSelectionBeforeTheYearsBudgetIsSetSaysToSetItFirst(Engine engine) {
        open(engine);
        FundApplication application = participation("Amina Haddad", 40_000L, 20_000L);

        ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> as(Role.ADMINISTRATOR)
                .fund().select(application.id(), Map.of(), "Dossier solide", "Urgence"));

        assertThat(refusal.errorFor("award")).hasValueSatisfying(error -> assertThat(error.localizedMessage(
                Messages.of(Language.FR))).startsWith("Aucun budget n’est encore fixé pour 2027 dans le volet "
                + "Participation").endsWith("fixez le budget de l’année dans l’onglet Budget, puis retenez la demande."));
        assertThat(office.fund().find(application.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);

        office.fund().setBudget(2027, FundStream.PARTICIPATION, 100_000L);
        assertThat(office.fund().select(application.id(), Map.of(), null, null).status())
                .isEqualTo(ApplicationStatus.SELECTED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLeadershipApplicationNamesThreeConsultationsInItsYear(Engine engine) {
        open(engine);
        ValidationException two = catchThrowableOfType(ValidationException.class, () -> office.fund().apply(
                draft("Amina Haddad", "amina@example.org", FundStream.LEADERSHIP, List.of(spring.id(), fall.id()),
                        10_000L, 0L)));
        assertThat(two.errorFor("consultations").orElseThrow().localizedMessage(Messages.of(Language.EN)))
                .isEqualTo("The Leadership stream names 3 consultations.");
        ValidationException otherYear = catchThrowableOfType(ValidationException.class, () -> office.fund().apply(
                draft("Amina Haddad", "amina@example.org", FundStream.LEADERSHIP,
                        List.of(spring.id(), fall.id(), nextSpring.id()), 10_000L, 0L)));
        assertThat(otherYear.errorFor("consultations")).isPresent();
        ValidationException online = catchThrowableOfType(ValidationException.class, () -> office.fund().apply(
                draft("Amina Haddad", "amina@example.org", FundStream.LEADERSHIP,
                        List.of(spring.id(), fall.id(), webinar.id()), 10_000L, 0L)));
        assertThat(online.errorFor("consultations").orElseThrow().key()).isEqualTo("fund.error.notAConsultation");
        ValidationException participationOfTwo = catchThrowableOfType(ValidationException.class,
                () -> office.fund().apply(draft("Amina Haddad", "amina@example.org", FundStream.PARTICIPATION,
                        List.of(spring.id(), fall.id()), 10_000L, 0L)));
        assertThat(participationOfTwo.errorFor("consultations")).isPresent();

        FundApplication leadership = office.fund().apply(draft("Amina Haddad", "amina@example.org",
                FundStream.LEADERSHIP, List.of(spring.id(), summer.id(), fall.id()), 10_000L, 0L));

        assertThat(leadership.eventIds()).containsExactlyInAnyOrder(spring.id(), summer.id(), fall.id());
        assertThat(office.fund().applications(2027)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSelectedAwardCoversTheRecipientsRegistrationFeesAndTracksAttendance(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.LEADERSHIP, 900_000L);
        Registration atSpring = register(spring, "Amina Haddad", "amina@example.org");
        Registration someoneElse = register(spring, "Jean Roy", "jean@example.org");
        FundApplication application = office.fund().apply(draft("Amina Haddad", "AMINA@example.org",
                FundStream.LEADERSHIP, List.of(spring.id(), summer.id(), fall.id()), 60_000L, 30_000L));
        assertThat(office.registrations().find(atSpring.id()).orElseThrow().coveredByFund()).isFalse();

        office.fund().select(application.id(), Map.of(), "Leadership régional", null);

        Registration covered = office.registrations().find(atSpring.id()).orElseThrow();
        assertThat(covered.coveredByFund()).isTrue();
        assertThat(covered.paymentStatus()).isEqualTo(PaymentStatus.COVERED_BY_FUND);
        assertThat(covered.owedCents()).isZero();
        assertThat(office.registrations().find(someoneElse.id()).orElseThrow().coveredByFund()).isFalse();
        Registration later = register(fall, "Amina Haddad", "amina@example.org");
        assertThat(later.coveredByFund()).as("a registration made after the award").isTrue();
        RegistrationTotals totals = RegistrationTotals.of(office.registrations().ofEvent(spring.id()));
        assertThat(totals.coveredByFund()).isEqualTo(1);
        assertThat(totals.owedCents()).isEqualTo(25_000L);
        var export = RegistrationExport.registrations(spring, office.registrations().ofEvent(spring.id()), List.of(),
                Messages.of(Language.EN));
        Object shown = export.columns().stream().filter(c -> c.header().equals("Payment")).findFirst().orElseThrow()
                .value().apply(covered);
        assertThat(shown).isEqualTo("Covered by the fund");

        office.registrations().checkIn(atSpring.id());
        assertThat(office.fund().consultations(application.id())).extracting(LinkedConsultation::attendance)
                .containsExactly(Attendance.ATTENDED, Attendance.NOT_REGISTERED, Attendance.EXPECTED);
        assertThat(office.fund().missedLeadershipConsultations(application.id())).isZero();

        office.fund().withdraw(application.id(), "A déménagé");
        assertThat(office.registrations().find(later.id()).orElseThrow().coveredByFund()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLeadershipAwardShowsTheConsultationItsRecipientMissed(Engine engine) {
        open(engine);
        Event past1 = event(EventKind.NATIONAL_CONSULTATION, "Consultation du printemps 2026", LocalDate.of(2026, 5, 28));
        Event past2 = event(EventKind.WORKING_GROUP_MEETINGS, "Rencontres — été 2026", LocalDate.of(2026, 7, 9));
        Event past3 = event(EventKind.NATIONAL_CONSULTATION, "Consultation d’automne 2026", LocalDate.of(2026, 11, 12));
        Registration first = register(past1, "Amina Haddad", "amina@example.org");
        Registration second = register(past2, "Amina Haddad", "amina@example.org");
        office.registrations().checkIn(first.id());
        office.registrations().markNoShow(second.id());
        office.fund().setBudget(2026, FundStream.LEADERSHIP, 900_000L);
        FundApplication application = office.fund().apply(new FundApplicationDraft(
                new ContactDraft("Amina Haddad", "amina@example.org", null, Language.FR, null, null), null,
                FundStream.LEADERSHIP, 2026, Province.NB, Language.FR, List.of(past1.id(), past2.id(), past3.id()),
                List.of(new RequestedLine(ExpenseLine.TRAVEL, 90_000L, null)), LocalDate.of(2026, 3, 1)));
        office.fund().select(application.id(), Map.of(), null, null);

        assertThat(office.fund().consultations(application.id())).extracting(LinkedConsultation::attendance)
                .containsExactly(Attendance.ATTENDED, Attendance.MISSED, Attendance.MISSED);
        assertThat(office.fund().missedLeadershipConsultations(application.id())).isEqualTo(2);
    }

    private Registration register(Event event, String name, String email) {
        return office.registrations().register(event.id(), new RegistrationDraft(new ContactDraft(name, email, null,
                Language.FR, null, null), null, "Groupe citoyen", null, Set.of(), Set.of(), Language.FR, null, null,
                null, null, LocalDate.of(2026, 3, 1)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nothingIsPaidBeyondTheAwardOfALine(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 500_000L);
        FundApplication application = participation("Amina Haddad", 40_000L, 20_000L);
        FundApplication other = participation("Jean Roy", 10_000L, 0L);
        office.fund().select(application.id(), Map.of(ExpenseLine.TRAVEL, 30_000L, ExpenseLine.LODGING, 0L), "Oui",
                null);
        office.fund().disburse(application.id(), ExpenseLine.TRAVEL, 29_999L, LocalDate.of(2027, 5, 20),
                PaymentMethod.E_TRANSFER, null);

        ValidationException tooMuch = catchThrowableOfType(ValidationException.class, () -> office.fund().disburse(
                application.id(), ExpenseLine.TRAVEL, 2L, LocalDate.of(2027, 5, 21), PaymentMethod.CASH, null));
        assertThat(tooMuch.errorFor("disbursement.amount").orElseThrow().localizedMessage(Messages.of(Language.EN)))
                .isEqualTo("More than is left to pay on Travel ($0.01).");
        assertThat(catchThrowableOfType(ValidationException.class, () -> office.fund().disburse(application.id(),
                ExpenseLine.LODGING, 1L, LocalDate.of(2027, 5, 21), PaymentMethod.CASH, null))).isNotNull();
        assertThat(catchThrowableOfType(OfficeException.class, () -> office.fund().disburse(other.id(),
                ExpenseLine.TRAVEL, 1L, LocalDate.of(2027, 5, 21), PaymentMethod.CASH, null)).key())
                .isEqualTo("fund.error.notAnAward");
        office.fund().disburse(application.id(), ExpenseLine.TRAVEL, 1L, LocalDate.of(2027, 5, 21),
                PaymentMethod.CASH, "Reçu 4");
        assertThat(office.fund().disbursements(application.id())).hasSize(2);
        assertThat(office.fund().find(application.id()).orElseThrow().balanceCents()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theWaitingListMovesUpInOrderWhenBudgetFrees(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 100_000L);
        FundApplication selected = participation("Amina Haddad", 60_000L, 40_000L);
        FundApplication firstWaiting = participation("Jean Roy", 50_000L, 0L);
        FundApplication secondWaiting = participation("Zoë Côté", 30_000L, 0L);
        office.fund().select(selected.id(), Map.of(), "Oui", null);
        office.fund().waitlist(firstWaiting.id(), Map.of(ExpenseLine.TRAVEL, 45_000L), "Budget épuisé");
        office.fund().waitlist(secondWaiting.id(), Map.of(), "Budget épuisé");

        office.fund().withdraw(selected.id(), "Ne peut plus voyager");

        assertThat(office.fund().find(firstWaiting.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(office.fund().find(firstWaiting.id()).orElseThrow().awardedCents()).isEqualTo(45_000L);
        assertThat(office.fund().find(secondWaiting.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(office.fund().decisions(firstWaiting.id())).last().satisfies(decision -> {
            assertThat(decision.movedUp()).isTrue();
            assertThat(decision.from()).isEqualTo(ApplicationStatus.WAITLISTED);
        });
        assertThat(office.fund().budget(2027, FundStream.PARTICIPATION).remainingCents()).isEqualTo(25_000L);

        FundApplication third = participation("Nour Farah", 30_000L, 0L);
        FundApplication fourth = participation("Li Wei", 10_000L, 0L);
        office.fund().waitlist(third.id(), Map.of(), "Budget épuisé");
        office.fund().waitlist(fourth.id(), Map.of(), "Budget épuisé");
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 104_000L);
        assertThat(office.fund().find(third.id()).orElseThrow().status())
                .as("29,000 left: the first in line does not fit").isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(office.fund().find(fourth.id()).orElseThrow().status())
                .as("nobody is passed over").isEqualTo(ApplicationStatus.WAITLISTED);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 115_000L);
        assertThat(office.fund().find(third.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(office.fund().find(fourth.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(catchThrowableOfType(ValidationException.class, () -> office.fund().setBudget(2027,
                FundStream.PARTICIPATION, 10_000L)).errorFor("allocated")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void decisionsFollowTheLifecycleWithAReason(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 100_000L);
        FundApplication application = participation("Amina Haddad", 60_000L, 0L);

        assertThat(catchThrowableOfType(ValidationException.class,
                () -> office.fund().decline(application.id(), "  ")).errorFor("reason")).isPresent();
        office.fund().decline(application.id(), "Hors critères");
        OfficeException again = catchThrowableOfType(OfficeException.class,
                () -> office.fund().select(application.id(), Map.of(), null, null));
        assertThat(again.key()).isEqualTo("fund.error.illegalDecision");
        assertThat(again.localizedMessage(Messages.of(Language.FR))).contains("Refusée").contains("Retenue");
        assertThat(office.fund().decisions(application.id())).singleElement()
                .satisfies(decision -> assertThat(decision.reason()).isEqualTo("Hors critères"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void awardsMadeCountsTheAwardsSelectedInAPeriod(Engine engine) {
        open(engine);
        office.fund().setBudget(2027, FundStream.PARTICIPATION, 1_000_000L);
        FundApplication one = participation("Amina Haddad", 60_000L, 12_345L);
        FundApplication two = participation("Jean Roy", 10_000L, 0L);
        FundApplication three = participation("Zoë Côté", 10_000L, 0L);
        office.fund().select(one.id(), Map.of(), null, null);
        office.fund().select(two.id(), Map.of(), null, null);
        office.fund().select(three.id(), Map.of(), null, null);
        office.fund().withdraw(three.id(), "Retrait");

        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(office.fund().awardsMade(today, today)).isEqualTo(new AwardsMade(2, 82_345L));
        assertThat(office.fund().awardsMade(today.minusMonths(3), today.minusDays(1))).isEqualTo(new AwardsMade(0, 0L));
    }
}
