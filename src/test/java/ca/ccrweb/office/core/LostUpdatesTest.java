package ca.ccrweb.office.core;

import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.QuarterlyUpdateDraft;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.RecordChanged;
import ca.ccrweb.office.core.db.TestDatabases;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationChanges;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.fund.ApplicationStatus;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
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

/** Two workstations on one database: a save over a change made since the record was opened is refused. */
class LostUpdatesTest {
    @TempDir
    Path folder;

    /** Each workstation's clock a few minutes apart, as the audit trail tells who changed a record last by time. */
    private static OfficeServices workstation(DatabaseSettings settings, String who, int minutesLater) {
        return new OfficeServices(Database.open(settings),
                java.time.Clock.offset(TestOffices.CLOCK, java.time.Duration.ofMinutes(minutesLater)), Actor.named(who));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anOrganizationChangedSinceItWasOpenedIsNotOverwrittenAndTheRefusalNamesWhoAndWhen(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices amina = workstation(settings, "amina.k", 0);
             OfficeServices bruno = workstation(settings, "bruno.t", 5)) {
            long id = amina.membership().apply(TestOffices.draft("Accueil Montréal", "accueil@example.org",
                    Province.QC)).id();
            Organization openedByAmina = amina.membership().find(id).orElseThrow();
            Organization openedByBruno = bruno.membership().find(id).orElseThrow();

            Organization saved = bruno.membership().update(id, openedByBruno.version(),
                    withPhone(openedByBruno.toDraft(), "514-555-0199"));
            assertThat(saved.version()).isEqualTo(openedByBruno.version() + 1);

            RecordChanged refused = catchThrowableOfType(RecordChanged.class, () -> amina.membership().update(id,
                    openedByAmina.version(), withPhone(openedByAmina.toDraft(), "514-555-0111")));
            assertThat(refused.localizedMessage(Messages.of(Language.EN)))
                    .startsWith("This record was changed by bruno.t on ").contains("2026").contains("Nothing you typed was saved");
            assertThat(refused.localizedMessage(Messages.of(Language.FR)))
                    .startsWith("Cette fiche a été modifiée par bruno.t le ").contains("2026");
            assertThat(refused.currentVersion()).isEqualTo(saved.version());
            assertThat(amina.membership().find(id).orElseThrow().phone()).isEqualTo("514-555-0199");

            // reloaded, Amina's change goes through over Bruno's
            Organization reloaded = amina.membership().find(id).orElseThrow();
            amina.membership().update(id, reloaded.version(), withPhone(reloaded.toDraft(), "514-555-0111"));
            assertThat(bruno.membership().find(id).orElseThrow().phone()).isEqualTo("514-555-0111");

            // any change counts, not only the form's: an approval since opening refuses the save too
            Organization beforeApproval = bruno.membership().find(id).orElseThrow();
            amina.membership().approve(id, null);
            assertThat(catchThrowableOfType(RecordChanged.class, () -> bruno.membership().update(id,
                    beforeApproval.version(), beforeApproval.toDraft()))).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEventChangedSinceItWasOpenedIsNotOverwritten(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices amina = workstation(settings, "amina.k", 0);
             OfficeServices bruno = workstation(settings, "bruno.t", 5)) {
            LocalDate start = LocalDate.of(2027, 5, 27);
            Event event = amina.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, "Consultation",
                    "Consultation", start, start.plusDays(2), "Halifax", null, 300, null, null,
                    EventStatus.REGISTRATION_OPEN));
            Event openedByAmina = amina.events().find(event.id()).orElseThrow();
            Event openedByBruno = bruno.events().find(event.id()).orElseThrow();
            bruno.events().update(event.id(), openedByBruno.version(), withCity(openedByBruno, "Montréal"));

            RecordChanged refused = catchThrowableOfType(RecordChanged.class, () -> amina.events().update(event.id(),
                    openedByAmina.version(), withCity(openedByAmina, "Winnipeg")));
            assertThat(refused.localizedMessage(Messages.of(Language.EN))).contains("changed by bruno.t");
            assertThat(amina.events().find(event.id()).orElseThrow().city()).isEqualTo("Montréal");

            RateCategory rate = amina.events().addRate(event.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre",
                    "Member", 25_000L, 10_000L, null, null));
            bruno.events().updateRate(rate.id(), rate.version(), new RateCategoryDraft(RateKind.MEMBER, "Membre",
                    "Member", 27_500L, 10_000L, null, null));
            assertThat(catchThrowableOfType(RecordChanged.class, () -> amina.events().updateRate(rate.id(),
                    rate.version(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member", 30_000L, 10_000L,
                    null, null))).localizedMessage(Messages.of(Language.FR))).contains("modifiée par bruno.t");

            amina.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre",
                    "Non-member", 40_000L, 16_000L, null, null));
            Registration registration = amina.registrations().register(event.id(), new RegistrationDraft(
                    new ContactDraft("Nguyễn Thị Hoa", "hoa@example.org", null, Language.FR, null, null), null,
                    "Groupe citoyen", null, Set.of(), Set.of(), Language.FR, null, null, null, null, start.minusDays(30)));
            bruno.registrations().update(registration.id(), registration.version(), changes(registration, "Végétarien"));
            assertThat(catchThrowableOfType(RecordChanged.class, () -> amina.registrations().update(registration.id(),
                    registration.version(), changes(registration, "Sans gluten")))).isNotNull();
            assertThat(amina.registrations().find(registration.id()).orElseThrow().dietaryNeeds())
                    .isEqualTo("Végétarien");
        }
    }

    private static RegistrationChanges changes(Registration registration, String dietary) {
        return new RegistrationChanges(registration.organizationId(), registration.organizationName(), null,
                Set.of(), Set.of(), registration.language(), registration.accessibilityNeeds(), dietary,
                registration.interpretation(), registration.childcareNeeds());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aQuarterlyUpdateDraftChangedSinceItWasOpenedIsNotOverwritten(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices amina = workstation(settings, "amina.k", 0);
             OfficeServices bruno = workstation(settings, "bruno.t", 5)) {
            QuarterlyUpdate draft = amina.quarterlyUpdates().create(DemoUpdates.typical(new Quarter(2026, 4),
                    Language.FR, LocalDate.of(2026, 12, 1)));
            QuarterlyUpdateDraft content = draft.content();
            bruno.quarterlyUpdates().save(draft.id(), draft.version(), retitled(content, "Bulletin de Bruno"));

            RecordChanged refused = catchThrowableOfType(RecordChanged.class, () -> amina.quarterlyUpdates()
                    .save(draft.id(), draft.version(), retitled(content, "Bulletin d’Amina")));
            assertThat(refused.localizedMessage(Messages.of(Language.EN))).contains("changed by bruno.t");
            assertThat(amina.quarterlyUpdates().find(draft.id()).orElseThrow().title()).isEqualTo("Bulletin de Bruno");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAccountChangedSinceItWasShownIsNotDisabledOverThatChange(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices amina = workstation(settings, "amina.k", 0);
             OfficeServices bruno = workstation(settings, "bruno.t", 5)) {
            long organizationId = amina.membership().apply(TestOffices.draft("Accueil Montréal",
                    "accueil@example.org", Province.QC)).id();
            Account administrator = amina.membership().approve(organizationId, null).administrator().account();
            Account shownToAmina = amina.accounts().find(administrator.id()).orElseThrow();
            Account individual = amina.accounts().addIndividual(organizationId, new IndividualAccountDraft(
                    "Tigist Haile", "tigist@example.org", IndividualRole.STAFF)).account();

            bruno.accounts().issueNewActivationCode(administrator.id(), shownToAmina.version());
            RecordChanged refused = catchThrowableOfType(RecordChanged.class,
                    () -> amina.accounts().disable(administrator.id(), shownToAmina.version()));
            assertThat(refused.changedBy()).isEqualTo("bruno.t");
            assertThat(refused.localizedMessage(Messages.of(Language.EN))).contains("changed by bruno.t");
            assertThat(amina.accounts().find(administrator.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

            Account reloaded = amina.accounts().find(administrator.id()).orElseThrow();
            assertThat(amina.accounts().disable(administrator.id(), reloaded.version()).status())
                    .isEqualTo(AccountStatus.DISABLED);

            // an individual account too, and enabling is checked the same way
            Account individualShown = bruno.accounts().find(individual.id()).orElseThrow();
            amina.accounts().disable(individual.id(), individualShown.version());
            assertThat(catchThrowableOfType(RecordChanged.class,
                    () -> bruno.accounts().disable(individual.id(), individualShown.version()))).isNotNull();
            Account disabledShown = bruno.accounts().find(individual.id()).orElseThrow();
            amina.accounts().enable(individual.id(), disabledShown.version());
            assertThat(catchThrowableOfType(RecordChanged.class,
                    () -> bruno.accounts().enable(individual.id(), disabledShown.version()))).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFundApplicationChangedSinceItWasShownIsNotDecidedOverThatChange(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine, folder);
        try (OfficeServices amina = workstation(settings, "amina.k", 0);
             OfficeServices bruno = workstation(settings, "bruno.t", 5)) {
            LocalDate start = LocalDate.of(2027, 5, 27);
            Event consultation = amina.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                    "Consultation", "Consultation", start, start.plusDays(2), "Halifax", null, 300, null, null,
                    EventStatus.PLANNED));
            amina.fund().setBudget(2027, FundStream.PARTICIPATION, 200_000L);
            FundApplicationDraft draft = new FundApplicationDraft(new ContactDraft("Ghebremedhin Tesfay",
                    "ghebre@example.org", null, Language.FR, null, null), null, FundStream.PARTICIPATION, 2027,
                    Province.NS, Language.FR, List.of(consultation.id()),
                    List.of(new RequestedLine(ExpenseLine.TRAVEL, 40_000L, "Autobus")), null);
            FundApplication application = amina.fund().apply(draft);
            FundApplication shownToAmina = amina.fund().find(application.id()).orElseThrow();

            bruno.fund().waitlist(application.id(), shownToAmina.version(), Map.of(), "Budget à confirmer");
            RecordChanged refused = catchThrowableOfType(RecordChanged.class, () -> amina.fund()
                    .select(application.id(), shownToAmina.version(), Map.of(ExpenseLine.TRAVEL, 30_000L), null, null));
            assertThat(refused.localizedMessage(Messages.of(Language.FR))).contains("modifiée par bruno.t");
            FundApplication now = amina.fund().find(application.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(ApplicationStatus.WAITLISTED);
            assertThat(now.awardedCents()).isZero();
            assertThat(catchThrowableOfType(RecordChanged.class, () -> amina.fund()
                    .decline(application.id(), shownToAmina.version(), "Non"))).isNotNull();
            assertThat(catchThrowableOfType(RecordChanged.class, () -> amina.fund()
                    .update(application.id(), shownToAmina.version(), draft))).isNotNull();

            assertThat(amina.fund().select(application.id(), now.version(), Map.of(ExpenseLine.TRAVEL, 30_000L),
                    null, null).awardedCents()).isEqualTo(30_000L);
            assertThat(catchThrowableOfType(RecordChanged.class, () -> bruno.fund()
                    .withdraw(application.id(), now.version(), "Retrait"))).isNotNull();
        }
    }

    private static QuarterlyUpdateDraft retitled(QuarterlyUpdateDraft content, String title) {
        return new QuarterlyUpdateDraft(content.year(), content.quarter(), content.language(), title,
                content.issueDate(), content.paper(), content.sections(), content.image(), content.figures());
    }

    private static OrganizationDraft withPhone(OrganizationDraft draft, String phone) {
        return new OrganizationDraft(draft.name(), draft.nameOtherLanguage(), draft.email(), phone, draft.website(),
                draft.streetAddress(), draft.city(), draft.postalCode(), draft.province(), draft.language(),
                draft.services(), draft.clienteles(), draft.notes());
    }

    private static EventDraft withCity(Event event, String city) {
        return new EventDraft(event.kind(), event.titleFr(), event.titleEn(), event.startsOn(), event.endsOn(), city,
                event.venue(), event.capacity(), event.registrationDeadline(), event.earlyBirdDeadline(),
                event.status());
    }
}
