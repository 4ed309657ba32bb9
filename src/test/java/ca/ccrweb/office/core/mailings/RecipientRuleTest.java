package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The member guide's rule: the organization's email and those of all its active accounts, once each. */
public class RecipientRuleTest {
    @TempDir
    Path folder;

    public static OrganizationDraft organization(String name, String email, Language language) {
        return new OrganizationDraft(name, null, email, "514-555-0100", null, null, "Montréal", null, Province.QC,
                language, Set.of(ServiceOffered.SETTLEMENT), Set.of(Clientele.REFUGEE_CLAIMANTS), null);
    }

    public static long member(OfficeServices office, String name, String email, Language language) {
        return member(office, name, email, language, null);
    }

    public static long member(OfficeServices office, String name, String email, Language language, String administrator) {
        return office.membership().approve(office.membership().apply(organization(name, email, language)).id(),
                administrator).organization().id();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMemberWhoseDuesAreUnpaidPastTheGracePeriodIsLeftOutAsTheDuesRuleLapsesIt(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            long overdue = member(office, "Overdue", "office@overdue.example", Language.EN);
            office.accounts().addIndividual(overdue, new IndividualAccountDraft("Staff Overdue",
                    "staff@overdue.example", IndividualRole.STAFF));
            long withinGrace = member(office, "Within Grace", "office@grace.example", Language.FR);
            long paid = member(office, "Paid", "office@paid.example", Language.EN);
            long bracket = office.dues().brackets().getFirst().id();
            office.dues().setGraceDays(60);
            office.dues().assess(overdue, 2026, bracket, LocalDate.of(2026, 8, 31));
            office.dues().assess(withinGrace, 2026, bracket, LocalDate.of(2026, 10, 31));
            long fee = office.dues().assess(paid, 2026, bracket, LocalDate.of(2026, 3, 31)).amountCents();
            office.dues().recordPayment(paid, 2026, new ca.ccrweb.office.core.membership.DuesPaymentDraft(fee,
                    LocalDate.of(2026, 9, 1), ca.ccrweb.office.core.events.PaymentMethod.values()[0], null));

            assertThat(office.dues().lapsePreview(60)).extracting(c -> c.organizationName()).containsExactly("Overdue");
            assertThat(office.mailings().recipients(Audience.members())).extracting(Recipient::email)
                    .containsExactlyInAnyOrder("office@grace.example", "office@paid.example");
            assertThat(office.mailings().recipients(Audience.administrators())).extracting(Recipient::organizationName)
                    .containsExactlyInAnyOrder("Within Grace", "Paid");

            office.dues().setGraceDays(120);

            assertThat(office.mailings().recipients(Audience.members())).extracting(Recipient::email)
                    .contains("office@overdue.example", "staff@overdue.example");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMemberMailingGoesToEachActiveMemberAndItsActiveAccountsOnceEachInTheirLanguage(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            long tcri = member(office, "TCRI", "info@tcri.example", Language.FR);
            office.accounts().addIndividual(tcri, new IndividualAccountDraft("Stephan Reichhold",
                    "S.Reichhold@TCRI.example", IndividualRole.STAFF));
            office.accounts().addIndividual(tcri, new IndividualAccountDraft("Info again",
                    "Info2@tcri.example", IndividualRole.STAFF));
            long disabled = office.accounts().addIndividual(tcri, new IndividualAccountDraft("Ancien bénévole",
                    "ancien@tcri.example", IndividualRole.VOLUNTEER)).account().id();
            office.accounts().disable(disabled);
            office.contacts().findOrCreate(new ContactDraft("Stephan Reichhold", "s.reichhold@tcri.example", null,
                    Language.EN, null, null));
            member(office, "MOSAIC", "hello@mosaic.example", Language.EN, "admin@mosaic.example");
            long lapsed = member(office, "Lapsed Society", "office@lapsed.example", Language.EN);
            office.membership().lapse(lapsed, "Dues unpaid");
            office.membership().apply(organization("Applicant", "new@applicant.example", Language.FR));
            office.mailingLists().stopMemberMailings("MOSAIC", "HELLO@mosaic.example", "Asked by phone");

            List<Recipient> recipients = office.mailings().recipients(Audience.members());

            assertThat(recipients).extracting(r -> r.email().toLowerCase(), Recipient::language).containsExactlyInAnyOrder(
                    tuple("info@tcri.example", Language.FR),
                    tuple("s.reichhold@tcri.example", Language.EN),
                    tuple("info2@tcri.example", Language.FR),
                    tuple("admin@mosaic.example", Language.EN));
            assertThat(recipients).noneMatch(r -> r.email().contains("lapsed") || r.email().contains("applicant")
                    || r.email().contains("ancien"));
            assertThat(office.mailings().recipients(Audience.administrators()))
                    .extracting(r -> r.email().toLowerCase())
                    .containsExactlyInAnyOrder("info@tcri.example", "admin@mosaic.example");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameAddressInAnotherCaseCountsOnce(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            long one = member(office, "Un", "Partage@Example.org", Language.FR);
            long two = member(office, "Deux", "deux@example.org", Language.FR);
            office.accounts().addIndividual(two, new IndividualAccountDraft("Même personne", "PARTAGE2@example.org",
                    IndividualRole.STAFF));
            office.accounts().addIndividual(one, new IndividualAccountDraft("Même personne", "partage3@EXAMPLE.ORG", IndividualRole.STAFF));
            office.membership().update(two, organization("Deux", "PARTAGE@example.ORG", Language.FR));

            List<String> addresses = office.mailings().recipients(Audience.members()).stream()
                    .map(r -> r.email().toLowerCase()).toList();

            assertThat(addresses).doesNotHaveDuplicates().contains("partage@example.org");
            assertThat(addresses.stream().filter("partage@example.org"::equals)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void otherAudiencesLeaveOutTheUnsubscribedAndFollowTheirChoice(Engine engine) {
        try (OfficeServices office = TestOffices.open(engine, folder)) {
            long chronique = office.mailingLists().listByCode(MailingList.CHRONIQUE).id();
            office.mailingLists().subscribe(chronique, new SubscriberDraft("Lan", "lan@example.org", null, null,
                    ConsentKind.EXPRESS, null, ConsentSource.FORM));
            long gone = office.mailingLists().subscribe(chronique, new SubscriberDraft("Gone", "gone@example.org", null,
                    Language.FR, ConsentKind.EXPRESS, null, ConsentSource.FORM)).id();
            office.mailingLists().unsubscribe(gone, null, "No longer interested");

            long event = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                    LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null, null, null,
                    EventStatus.REGISTRATION_OPEN)).id();
            office.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                    0L, 0L, null, null));
            office.registrations().register(event, registration("Ana", "ana@example.org", Language.EN));
            long cancelled = office.registrations().register(event, registration("Bo", "bo@example.org",
                    Language.FR)).id();
            office.registrations().cancel(cancelled);

            assertThat(office.mailings().recipients(Audience.list(chronique)))
                    .extracting(Recipient::email, Recipient::language).containsExactly(tuple("lan@example.org", null));
            assertThat(office.mailings().recipients(Audience.registrants(event, RegistrationStatus.REGISTERED)))
                    .extracting(Recipient::email, Recipient::eventTitle).containsExactly(tuple("ana@example.org", "Webinar"));
            assertThat(office.mailings().recipients(Audience.registrants(event, null))).hasSize(2);
        }
    }

    private static RegistrationDraft registration(String name, String email, Language language) {
        return new RegistrationDraft(new ContactDraft(name, email, null, language, null, null), null, null, null,
                Set.of(LocalDate.of(2027, 1, 5)), Set.of(), language, null, null, null, null, null);
    }
}
