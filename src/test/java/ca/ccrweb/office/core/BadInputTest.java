package ca.ccrweb.office.core;

import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static ca.ccrweb.office.core.TestOffices.draft;
import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;
import static ca.ccrweb.office.core.db.schema.Tables.EVENT;
import static ca.ccrweb.office.core.db.schema.Tables.ORGANIZATION;
import static ca.ccrweb.office.core.db.schema.Tables.PAYMENT;
import static ca.ccrweb.office.core.db.schema.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Bad input on every form the core offers: refused with a message that names the field, no row changed;
 * and awkward but valid text (quotes, emoji, right-to-left, accents) stored exactly as typed.
 */
class BadInputTest {
    private static final String AWKWARD = "L’« Accueil » d'O'Brien \"Bon\" 😊 مرحبا בית Zoë; DROP TABLE organization;--";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void awkwardTextIsStoredLiterallyEverywhere(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        Organization organization = office.membership().apply(draft(AWKWARD, "awkward@example.org", Province.QC));
        office.membership().approve(organization.id(), null);
        var account = office.accounts().addIndividual(organization.id(),
                new IndividualAccountDraft(AWKWARD, "person@example.org", IndividualRole.STAFF)).account();
        var event = office.events().create(new EventDraft(EventKind.WEBINAR, AWKWARD, AWKWARD, LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 1, 5), AWKWARD, AWKWARD, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, AWKWARD, AWKWARD, 1_000L, 1_000L,
                null, null));
        var registration = office.registrations().register(event.id(), new RegistrationDraft(new ContactDraft(AWKWARD,
                "reg@example.org", null, Language.FR, null, null), null, AWKWARD, null, Set.of(), Set.of(), Language.FR,
                AWKWARD, AWKWARD, "FR", AWKWARD, null));

        assertThat(office.membership().find(organization.id()).orElseThrow().name()).isEqualTo(AWKWARD);
        assertThat(office.accounts().find(account.id()).orElseThrow().fullName()).isEqualTo(AWKWARD);
        assertThat(office.events().find(event.id()).orElseThrow().titleFr()).isEqualTo(AWKWARD);
        var stored = office.registrations().find(registration.id()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo(AWKWARD);
        assertThat(stored.organizationName()).isEqualTo(AWKWARD);
        assertThat(stored.dietaryNeeds()).isEqualTo(AWKWARD);
        assertThat(office.database().dsl().fetchCount(ORGANIZATION)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badInputIsRefusedFieldByFieldAndChangesNoRow(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        int auditBefore = office.database().dsl().fetchCount(AUDIT_ENTRY);

        assertRefused(() -> office.membership().apply(draft("x".repeat(201), "a@example.org", Province.QC)),
                "name", "At most 200 characters.");
        assertRefused(() -> office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, "Consultation",
                "Consultation", LocalDate.of(2027, 5, 30), LocalDate.of(2027, 5, 28), null, null, -5, null, null, null)),
                "endsOn", "The event cannot end before it starts.");
        assertRefused(() -> office.events().create(new EventDraft(EventKind.WEBINAR, " ", "Webinar", null, null,
                null, null, null, null, null, null)), "titleFr", "Required.");

        var event = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null, null, null,
                EventStatus.REGISTRATION_OPEN));
        assertRefused(() -> office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre",
                "Non-member", -100L, 0L, null, null)), "fullEventCents", "Cannot be negative.");
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                1_000L, 1_000L, null, null));
        assertRefused(() -> office.registrations().register(event.id(), new RegistrationDraft(new ContactDraft(" ",
                "not an email", null, Language.FR, null, null), null, null, null, Set.of(LocalDate.of(2030, 1, 1)),
                Set.of(), Language.FR, null, null, null, null, null)), "fullName", "Required.");
        var registration = office.registrations().register(event.id(), new RegistrationDraft(new ContactDraft("Amina",
                "amina@example.org", null, Language.FR, null, null), null, null, null, Set.of(), Set.of(), Language.FR,
                null, null, null, null, null));
        assertRefused(() -> office.payments().recordPayment(registration.id(), -2_500, LocalDate.of(2027, 1, 1),
                PaymentMethod.CASH, null), "amount", "Must be greater than zero.");
        assertRefused(() -> office.payments().recordPayment(registration.id(), 2_500, null, null, "x".repeat(101)),
                "paidOn", "Required.");

        assertThat(office.database().dsl().fetchCount(ORGANIZATION)).isZero();
        assertThat(office.database().dsl().fetchCount(EVENT)).isEqualTo(1);
        assertThat(office.database().dsl().fetchCount(REGISTRATION)).isEqualTo(1);
        assertThat(office.database().dsl().fetchCount(PAYMENT)).isZero();
        assertThat(office.database().dsl().fetchCount(AUDIT_ENTRY) - auditBefore)
                .as("only the accepted changes are audited: event, rate, contact, registration").isEqualTo(4);
    }

    private static void assertRefused(Runnable attempt, String field, String englishMessage) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class, attempt::run);
        assertThat(refusal).as("refused: " + field).isNotNull();
        assertThat(refusal.errorFor(field)).as(field).get()
                .satisfies(error -> assertThat(error.localizedMessage(Messages.of(Language.EN))).isEqualTo(englishMessage));
        assertThat(refusal.localizedMessage(Messages.of(Language.FR))).isNotBlank();
    }
}
