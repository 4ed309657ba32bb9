package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegistrationServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2027, 5, 27);

    @TempDir
    Path folder;

    private OfficeServices office;
    private Event consultation;
    private RateCategory youth;

    private void open(Engine engine, Integer capacity) {
        office = TestOffices.open(engine, folder);
        consultation = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", START, START.plusDays(2), "Halifax",
                "Westin Nova Scotian", capacity, LocalDate.of(2027, 5, 10), LocalDate.of(2027, 1, 31),
                EventStatus.REGISTRATION_OPEN));
        office.events().addRate(consultation.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member",
                25_000L, 10_000L, 20_000L, 8_000L));
        office.events().addRate(consultation.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre",
                "Non-member", 40_000L, 16_000L, null, null));
        youth = office.events().addRate(consultation.id(), new RateCategoryDraft(RateKind.SPECIAL, "Jeunes", "Youth",
                5_000L, 2_000L, null, null));
    }

    private long member(String name) {
        long id = office.membership().apply(draft(name, name.replace(' ', '.') + "@example.org", Province.NS)).id();
        office.membership().approve(id, null);
        return id;
    }

    private RegistrationDraft person(String name, String email, Long organizationId, LocalDate registeredOn) {
        return new RegistrationDraft(new ContactDraft(name, email, null, Language.FR, null, null), organizationId,
                organizationId == null ? "Groupe citoyen de Dartmouth" : null, null, Set.of(), Set.of(), Language.FR,
                null, "Végétarien", "Anglais → français", null, registeredOn);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theMemberRateAppliesOnlyWhenTheOrganizationIsAnActiveMemberOnTheRegistrationDate(Engine engine) {
        open(engine, null);
        long memberId = member("Halifax Refugee Clinic");

        Registration dayBeforeApproval = office.registrations().register(consultation.id(),
                person("Amina Haddad", "amina@example.org", memberId, TODAY.minusDays(1)));
        Registration onApprovalDay = office.registrations().register(consultation.id(),
                person("Jean Roy", "jean@example.org", memberId, TODAY));
        Registration nonMember = office.registrations().register(consultation.id(),
                person("Zoë Côté", "zoe@example.org", null, TODAY));

        assertThat(dayBeforeApproval.rateKind()).isEqualTo(RateKind.NON_MEMBER);
        assertThat(dayBeforeApproval.amountDueCents()).isEqualTo(40_000);
        assertThat(onApprovalDay.rateKind()).isEqualTo(RateKind.MEMBER);
        assertThat(onApprovalDay.amountDueCents()).isEqualTo(20_000);
        assertThat(nonMember.organizationName()).isEqualTo("Groupe citoyen de Dartmouth");
        assertThat(nonMember.amountDueCents()).isEqualTo(40_000);
        assertThat(nonMember.dietaryNeeds()).isEqualTo("Végétarien");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSpecialRateAndChosenDaysGiveTheirOwnFee(Engine engine) {
        open(engine, null);
        RegistrationDraft oneDayYouth = new RegistrationDraft(
                new ContactDraft("Nguyễn Thị Hương", "huong@example.org", null, Language.EN, null, null), null,
                "Youth Network", youth.id(), Set.of(START.plusDays(1)), Set.of(), Language.EN, null, null, null,
                "Two children, 3 and 6", TODAY);

        Registration registration = office.registrations().register(consultation.id(), oneDayYouth);

        assertThat(registration.rateKind()).isEqualTo(RateKind.SPECIAL);
        assertThat(registration.amountDueCents()).isEqualTo(2_000);
        assertThat(office.registrations().days(registration.id())).containsExactly(START.plusDays(1));
        assertThat(registration.fullName()).isEqualTo("Nguyễn Thị Hương");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void webinarsAreFreeForMembers(Engine engine) {
        open(engine, null);
        long memberId = member("FCJ Refugee Centre");
        Event webinar = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire PST", "TRP webinar",
                START, START, null, null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(webinar.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member", 3_000L, 3_000L, null, null));
        office.events().addRate(webinar.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member", 3_000L, 3_000L, null, null));

        assertThat(office.registrations().register(webinar.id(), person("A B", "ab@example.org", memberId, TODAY))
                .amountDueCents()).isZero();
        assertThat(office.registrations().register(webinar.id(), person("C D", "cd@example.org", null, TODAY))
                .amountDueCents()).isEqualTo(3_000);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFullEventWaitlistsNewRegistrationsInOrderAndACancellationPromotesTheFirst(Engine engine) {
        open(engine, 2);
        Registration first = office.registrations().register(consultation.id(), person("Un", "1@example.org", null, TODAY));
        office.registrations().register(consultation.id(), person("Deux", "2@example.org", null, TODAY));
        Registration third = office.registrations().register(consultation.id(), person("Trois", "3@example.org", null, TODAY));
        Registration fourth = office.registrations().register(consultation.id(), person("Quatre", "4@example.org", null, TODAY));

        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(fourth.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.owedCents()).isZero();

        CancellationResult result = office.registrations().cancel(first.id());

        assertThat(result.cancelled().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(result.promoted()).get().extracting(Registration::id).isEqualTo(third.id());
        assertThat(office.registrations().find(third.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(office.registrations().find(fourth.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(office.registrations().cancel(fourth.id()).promoted()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFullSessionWaitlistsItsSeatAndAFreedSeatGoesToTheFirstWaiting(Engine engine) {
        open(engine, null);
        long organizer = member("Welcome Place");
        Session workshop = office.events().addSession(consultation.id(), new SessionDraft(SessionKind.WORKSHOP,
                "Atelier : détention", "Workshop: detention", null, organizer, START, LocalTime.of(9, 0),
                LocalTime.of(10, 30), "Salle A", 1));
        RegistrationDraft base = person("Un", "1@example.org", null, TODAY);
        Registration first = office.registrations().register(consultation.id(), withSession(base, workshop.id()));
        Registration second = office.registrations().register(consultation.id(),
                withSession(person("Deux", "2@example.org", null, TODAY), workshop.id()));

        assertThat(office.registrations().sessionChoices(first.id())).containsExactly(
                new SessionChoice(workshop.id(), RegistrationStatus.REGISTERED));
        assertThat(office.registrations().sessionChoices(second.id())).containsExactly(
                new SessionChoice(workshop.id(), RegistrationStatus.WAITLISTED));

        office.registrations().cancel(first.id());

        assertThat(office.registrations().sessionChoices(second.id())).containsExactly(
                new SessionChoice(workshop.id(), RegistrationStatus.REGISTERED));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void paymentsAddUpToThePaymentStatusAndRefundsCannotExceedWhatWasReceived(Engine engine) {
        open(engine, null);
        long id = office.registrations().register(consultation.id(), person("Un", "1@example.org", null, TODAY)).id();
        assertThat(office.registrations().find(id).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.UNPAID);

        office.payments().recordPayment(id, 15_000, TODAY, PaymentMethod.CHEQUE, "Chèque n° 1042");
        Registration partial = office.registrations().find(id).orElseThrow();
        assertThat(partial.paymentStatus()).isEqualTo(PaymentStatus.PARTIAL);
        assertThat(partial.owedCents()).isEqualTo(25_000);

        office.payments().recordPayment(id, 25_000, TODAY, PaymentMethod.CARD, null);
        assertThat(office.registrations().find(id).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.PAID);

        assertThatThrownBy(() -> office.payments().recordRefund(id, 40_001, TODAY, PaymentMethod.CARD, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> office.payments().recordPayment(id, -5, TODAY, PaymentMethod.CARD, null))
                .isInstanceOf(ValidationException.class);
        office.registrations().cancel(id);
        office.payments().recordRefund(id, 40_000, TODAY, PaymentMethod.CARD, "Remboursement");
        Registration refunded = office.registrations().find(id).orElseThrow();
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.paidCents()).isZero();
        assertThat(office.payments().payments(id)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSamePersonTypedAgainIsFoundByEmailAndCannotRegisterTwice(Engine engine) {
        open(engine, null);
        Registration first = office.registrations().register(consultation.id(),
                person("Ayşe Yılmaz", "ayse@example.org", null, TODAY));

        ValidationException twice = catchThrowableOfType(ValidationException.class, () -> office.registrations()
                .register(consultation.id(), person("Ayse Yilmaz", "  AYSE@example.ORG", null, TODAY)));

        assertThat(twice.errorFor("email")).isPresent();
        assertThat(office.contacts().all()).hasSize(1);
        Event other = office.events().create(consultation.toDraft());
        office.events().addRate(other.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                1_000L, 1_000L, null, null));
        Registration elsewhere = office.registrations().register(other.id(),
                person("Ayse Yilmaz", "AYSE@example.org", null, TODAY));
        assertThat(elsewhere.contactId()).isEqualTo(first.contactId());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aScheduleChangeLeavesExistingFeesUntilStaffRecalculateWhichIsRecorded(Engine engine) {
        open(engine, null);
        Registration registration = office.registrations().register(consultation.id(),
                person("Un", "1@example.org", null, TODAY));
        RateCategory nonMember = office.events().rates(consultation.id()).stream()
                .filter(rate -> rate.kind() == RateKind.NON_MEMBER).findFirst().orElseThrow();

        office.events().updateRate(nonMember.id(), new RateCategoryDraft(null, "Non-membre", "Non-member",
                45_000L, 18_000L, null, null));
        assertThat(office.registrations().find(registration.id()).orElseThrow().amountDueCents()).isEqualTo(40_000);

        Registration recalculated = office.payments().recalculateFee(registration.id());

        assertThat(recalculated.amountDueCents()).isEqualTo(45_000);
        assertThat(office.payments().recalculationCount(registration.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void checkInMarksAttendanceAndOnlyRegisteredPeopleCanBeCheckedIn(Engine engine) {
        open(engine, 1);
        Registration present = office.registrations().register(consultation.id(), person("Un", "1@example.org", null, TODAY));
        Registration waiting = office.registrations().register(consultation.id(), person("Deux", "2@example.org", null, TODAY));

        Registration checkedIn = office.registrations().checkIn(present.id());

        assertThat(checkedIn.status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(checkedIn.checkedInAt()).isEqualTo(TestOffices.NOW);
        assertThatThrownBy(() -> office.registrations().checkIn(waiting.id())).isInstanceOf(OfficeException.class);
        assertThat(office.registrations().undoCheckIn(present.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void mergingTwoContactsMovesTheirRegistrations(Engine engine) {
        open(engine, null);
        Registration withEmail = office.registrations().register(consultation.id(),
                person("Mohammed Abdallah", "mohammed@example.org", null, TODAY));
        Event other = office.events().create(consultation.toDraft());
        office.events().addRate(other.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                1_000L, 1_000L, null, null));
        Registration withoutEmail = office.registrations().register(other.id(),
                person("Mohammed ABDALLAH", null, null, TODAY));

        assertThat(office.contacts().likelyDuplicates()).singleElement().asList().hasSize(2);
        office.contacts().merge(withEmail.contactId(), withoutEmail.contactId());

        assertThat(office.contacts().all()).hasSize(1);
        assertThat(office.registrations().find(withoutEmail.id()).orElseThrow().contactId()).isEqualTo(withEmail.contactId());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theListOfEventsCountsPlacesTakenAndPeopleWaitingPerEvent(Engine engine) {
        open(engine, 2);
        Event empty = office.events().create(consultation.toDraft());
        for (String name : new String[]{"Un", "Deux", "Trois"}) {
            office.registrations().register(consultation.id(), person(name, name + "@example.org", null, TODAY));
        }
        Registration cancelled = office.registrations().register(consultation.id(),
                person("Quatre", "4@example.org", null, TODAY));
        office.registrations().cancel(cancelled.id());

        assertThat(office.registrations().placesByEvent()).containsOnlyKeys(consultation.id())
                .containsEntry(consultation.id(), new PlaceCount(2, 1));
        assertThat(office.registrations().placesByEvent().getOrDefault(empty.id(), PlaceCount.NONE))
                .isEqualTo(PlaceCount.NONE);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDaysAttendanceListsThoseRegisteredForThatDayAndForTheWholeEvent(Engine engine) {
        open(engine, null);
        Registration whole = office.registrations().register(consultation.id(),
                person("Un", "1@example.org", null, TODAY));
        Registration firstDay = office.registrations().register(consultation.id(), onDays(
                person("Deux", "2@example.org", null, TODAY), START));
        Registration lastDay = office.registrations().register(consultation.id(), onDays(
                person("Trois", "3@example.org", null, TODAY), START.plusDays(2)));

        assertThat(office.registrations().attendingOn(consultation.id(), START))
                .containsExactlyInAnyOrder(whole.id(), firstDay.id());
        assertThat(office.registrations().attendingOn(consultation.id(), START.plusDays(2)))
                .containsExactlyInAnyOrder(whole.id(), lastDay.id());
    }

    private static RegistrationDraft onDays(RegistrationDraft draft, LocalDate... days) {
        return new RegistrationDraft(draft.person(), draft.organizationId(), draft.organizationName(),
                draft.specialRateCategoryId(), Set.of(days), draft.sessionIds(), draft.language(),
                draft.accessibilityNeeds(), draft.dietaryNeeds(), draft.interpretation(), draft.childcareNeeds(),
                draft.registeredOn());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRefusedRegistrationNamesEveryFieldToCorrectAtOnce(Engine engine) {
        open(engine, null);
        RegistrationDraft careless = new RegistrationDraft(new ContactDraft(" ", "not-an-email", "call me", null,
                null, null), null, null, null, Set.of(), Set.of(), null, null, null, null, null, TODAY);

        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> office.registrations().register(consultation.id(), careless));

        assertThat(refusal.errors()).extracting(error -> error.field())
                .containsExactlyInAnyOrder("fullName", "email", "phone", "language");
        assertThat(office.registrations().ofEvent(consultation.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSearchOfAListFollowsAChangedOrAddedRowWithoutRebuildingTheOthers(Engine engine) {
        open(engine, null);
        Registration amina = office.registrations().register(consultation.id(),
                person("Amina Haddad", "amina@example.org", null, TODAY));
        RegistrationFilter filter = new RegistrationFilter(office.registrations().ofEvent(consultation.id()));
        Registration zoe = office.registrations().register(consultation.id(), person("Zoë Côté", "zoe@example.org",
                null, TODAY));

        RegistrationFilter added = filter.with(zoe);
        RegistrationFilter paid = added.with(office.registrations().find(amina.id()).orElseThrow());

        assertThat(added.matching(RegistrationFilter.Criteria.text("cote"))).extracting(Registration::id)
                .containsExactly(zoe.id());
        assertThat(filter.matching(RegistrationFilter.Criteria.text("cote"))).isEmpty();
        assertThat(paid.rows()).extracting(Registration::id).containsExactly(amina.id(), zoe.id());
        assertThat(paid.matching(new RegistrationFilter.Criteria("", null, null, null,
                "groupe citoyen de dartmouth"))).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editingKeepsTheFeeUnlessTheDaysOrRateChangeWhichQuoteTheCurrentSchedule(Engine engine) {
        open(engine, null);
        long memberId = member("Halifax Refugee Clinic");
        Registration registration = office.registrations().register(consultation.id(),
                person("Un", "1@example.org", null, TODAY));
        RateCategory nonMember = office.events().rates(consultation.id()).stream()
                .filter(rate -> rate.kind() == RateKind.NON_MEMBER).findFirst().orElseThrow();
        office.events().updateRate(nonMember.id(), new RateCategoryDraft(null, "Non-membre", "Non-member",
                45_000L, 18_000L, null, null));

        assertThat(office.registrations().quoteChange(registration.id(), null, null, Set.of())).isEmpty();
        assertThat(office.registrations().quoteChange(registration.id(), null, null, Set.of(START)))
                .map(Fee::amountCents).contains(18_000L);
        Registration needsOnly = office.registrations().update(registration.id(), new RegistrationChanges(null,
                "Groupe citoyen de Dartmouth", null, Set.of(), Set.of(), Language.EN, "Fauteuil roulant", "Halal",
                null, null));
        assertThat(needsOnly.amountDueCents()).isEqualTo(40_000);
        assertThat(needsOnly.language()).isEqualTo(Language.EN);
        assertThat(needsOnly.accessibilityNeeds()).isEqualTo("Fauteuil roulant");

        Registration oneDay = office.registrations().update(registration.id(), new RegistrationChanges(null,
                "Groupe citoyen de Dartmouth", null, Set.of(START), Set.of(), Language.EN, null, null, null, null));
        assertThat(oneDay.amountDueCents()).isEqualTo(18_000);
        assertThat(office.registrations().days(registration.id())).containsExactly(START);

        Registration asMember = office.registrations().update(registration.id(), new RegistrationChanges(memberId,
                null, null, Set.of(START), Set.of(), Language.EN, null, null, null, null));
        assertThat(asMember.rateKind()).isEqualTo(RateKind.MEMBER);
        assertThat(asMember.organizationName()).isEqualTo("Halifax Refugee Clinic");
        assertThat(asMember.amountDueCents()).isEqualTo(8_000);

        Registration asYouth = office.registrations().update(registration.id(), new RegistrationChanges(memberId,
                null, youth.id(), Set.of(), Set.of(), Language.FR, null, null, null, null));
        assertThat(asYouth.rateKind()).isEqualTo(RateKind.SPECIAL);
        assertThat(asYouth.amountDueCents()).isEqualTo(5_000);
        assertThat(office.registrations().days(registration.id())).isEmpty();
        assertThat(office.audit().entries("registration", registration.id(), 50))
                .filteredOn(entry -> entry.action().equals("UPDATE")).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void editingTheSessionsFreesADroppedSeatForTheFirstWaitingAndWaitlistsAFullOne(Engine engine) {
        open(engine, null);
        long organizer = member("Welcome Place");
        Session workshop = office.events().addSession(consultation.id(), new SessionDraft(SessionKind.WORKSHOP,
                "Atelier : détention", "Workshop: detention", null, organizer, START, LocalTime.of(9, 0),
                LocalTime.of(10, 30), "Salle A", 1));
        Session caucus = office.events().addSession(consultation.id(), new SessionDraft(SessionKind.CAUCUS,
                "Caucus jeunesse", "Youth caucus", null, null, START.plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(10, 30), "Salle B", 1));
        Registration first = office.registrations().register(consultation.id(),
                withSession(person("Un", "1@example.org", null, TODAY), workshop.id()));
        Registration second = office.registrations().register(consultation.id(),
                withSession(person("Deux", "2@example.org", null, TODAY), workshop.id()));
        office.registrations().register(consultation.id(),
                withSession(person("Trois", "3@example.org", null, TODAY), caucus.id()));

        office.registrations().update(first.id(), new RegistrationChanges(null, "Groupe citoyen de Dartmouth", null,
                Set.of(), Set.of(caucus.id()), Language.FR, null, null, null, null));

        assertThat(office.registrations().sessionChoices(second.id())).containsExactly(
                new SessionChoice(workshop.id(), RegistrationStatus.REGISTERED));
        assertThat(office.registrations().sessionChoices(first.id())).containsExactly(
                new SessionChoice(caucus.id(), RegistrationStatus.WAITLISTED));
        ValidationException otherDay = catchThrowableOfType(ValidationException.class, () -> office.registrations()
                .update(first.id(), new RegistrationChanges(null, "Groupe citoyen de Dartmouth", null, Set.of(START),
                        Set.of(caucus.id()), Language.FR, null, null, null, null)));
        assertThat(otherDay.errorFor("sessions")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCancelledRegistrationCannotBeEditedAndANoShowCanBeTakenBack(Engine engine) {
        open(engine, null);
        Registration cancelled = office.registrations().register(consultation.id(),
                person("Un", "1@example.org", null, TODAY));
        office.registrations().cancel(cancelled.id());
        assertThatThrownBy(() -> office.registrations().update(cancelled.id(), new RegistrationChanges(null, "X",
                null, Set.of(), Set.of(), Language.FR, null, null, null, null))).isInstanceOf(OfficeException.class);

        Registration absent = office.registrations().register(consultation.id(),
                person("Deux", "2@example.org", null, TODAY));
        assertThat(office.registrations().markNoShow(absent.id()).status()).isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(office.registrations().undoNoShow(absent.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> office.registrations().undoNoShow(absent.id())).isInstanceOf(OfficeException.class);
    }

    private static RegistrationDraft withSession(RegistrationDraft draft, long sessionId) {
        return new RegistrationDraft(draft.person(), draft.organizationId(), draft.organizationName(),
                draft.specialRateCategoryId(), draft.days(), Set.of(sessionId), draft.language(),
                draft.accessibilityNeeds(), draft.dietaryNeeds(), draft.interpretation(), draft.childcareNeeds(),
                draft.registeredOn());
    }
}
