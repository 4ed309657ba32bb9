package ca.ccrweb.office.desktop;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.ChangeFeed;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.accounts.AccountsViewModel;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.OtherWorkstations;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import ca.ccrweb.office.desktop.events.EventFormViewModel;
import ca.ccrweb.office.desktop.events.EventViewModel;
import ca.ccrweb.office.desktop.events.EventsViewModel;
import ca.ccrweb.office.desktop.fund.FundViewModel;
import ca.ccrweb.office.desktop.membership.ApplicationsViewModel;
import ca.ccrweb.office.desktop.membership.OrganizationFormViewModel;
import javafx.beans.Observable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two workstations on one PostgreSQL database: what one changes shows in the other's open lists (events, the open
 * event's registrations, accounts, fund applications) and in the applications badge, without reopening anything.
 */
class ListsFollowOtherWorkstationsTest {
    private static final int YEAR = 2027;

    @TempDir
    Path folder;

    @Test
    void anotherWorkstationsChangesAppearInEveryOpenListAndTheBadgeKeepingTheSelection() throws Exception {
        DatabaseSettings settings = TestDatabases.settings(Engine.POSTGRESQL, folder);
        try (OfficeServices here = new OfficeServices(Database.open(settings), TestOffices.CLOCK,
                Actor.named("amina.k"));
             OfficeServices there = new OfficeServices(Database.open(settings), TestOffices.CLOCK,
                     Actor.named("bruno.t"))) {
            Organization member = here.membership().approve(here.membership().apply(
                    TestOffices.draft("Accueil Montréal", "accueil@example.org", Province.QC)).id(), null)
                    .organization();
            LocalDate start = LocalDate.of(YEAR, 5, 27);
            Event consultation = here.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                    "Consultation du printemps", "Spring consultation", start, start.plusDays(2), "Halifax", null, 300,
                    null, null, EventStatus.REGISTRATION_OPEN));
            here.events().addRate(consultation.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member",
                    25_000L, 10_000L, null, null));
            here.events().addRate(consultation.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre",
                    "Non-member", 40_000L, 16_000L, null, null));
            here.fund().setBudget(YEAR, FundStream.PARTICIPATION, 200_000L);

            SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
            RecordingFeedback feedback = new RecordingFeedback();
            Localizer localizer = new Localizer(Language.EN);
            EventViewModel eventPage = new EventViewModel(here.events(), here.registrations(), here.payments(), here.membership(),
                    executor, feedback, localizer, here.clock());
            EventsViewModel events = new EventsViewModel(here.events(), here.registrations(), executor, feedback,
                    localizer, eventPage, new EventFormViewModel(here.events(), executor, feedback, localizer));
            AccountsViewModel accounts = new AccountsViewModel(here.accounts(), here.membership(), executor, feedback,
                    localizer, (issued, organization) -> { });
            FundViewModel fund = new FundViewModel(here, executor, feedback, localizer, true, false);
            ApplicationsViewModel applications = new ApplicationsViewModel(here.membership(), executor, feedback,
                    localizer, (issued, organization) -> { },
                    new OrganizationFormViewModel(here.membership(), executor, feedback, localizer, here.clock()));
            events.load();
            events.selectedProperty().set(events.rows().getFirst());
            events.open(consultation);
            accounts.load();
            fund.yearProperty().set(YEAR);
            applications.load();
            assertThat(applications.pendingCount().get()).isZero();

            ChangeFeed changes = here.database().changes();
            try (AutoCloseable following = OtherWorkstations.all(List.of(events.follow(changes),
                    eventPage.follow(changes), accounts.follow(changes), fund.follow(changes),
                    applications.follow(changes)))) {
                listening(changes, there, member);
                CountDownLatch newEvent = when(events.rows(), () -> events.rows().size() == 2);
                CountDownLatch registered = when(eventPage.registrations(), () -> eventPage.registrations().stream()
                        .anyMatch(registration -> registration.fullName().equals("Nguyễn Thị Hoa")));
                CountDownLatch newAccount = when(accounts.accounts(), () -> accounts.accounts().stream()
                        .anyMatch(account -> account.fullName().equals("Tigist Haile")));
                CountDownLatch applied = when(fund.rows(), () -> fund.rows().stream()
                        .anyMatch(row -> row.application().applicantName().equals("Ghebremedhin Tesfay")));
                CountDownLatch badge = when(applications.pendingCount(),
                        () -> applications.pendingCount().get() == 1);

                there.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar", start.plusDays(30),
                        start.plusDays(30), null, null, null, null, null, EventStatus.PLANNED));
                there.registrations().register(consultation.id(), new RegistrationDraft(
                        new ContactDraft("Nguyễn Thị Hoa", "hoa@example.org", null, Language.FR, null, null), null,
                        "Groupe citoyen", null, Set.of(), Set.of(), Language.FR, null, null, null, null,
                        start.minusDays(30)));
                there.accounts().addIndividual(member.id(), new IndividualAccountDraft("Tigist Haile",
                        "tigist@example.org", IndividualRole.STAFF));
                there.fund().apply(new FundApplicationDraft(new ContactDraft("Ghebremedhin Tesfay",
                        "ghebre@example.org", null, Language.FR, null, null), null, FundStream.PARTICIPATION, YEAR,
                        Province.NS, Language.FR, List.of(consultation.id()),
                        List.of(new RequestedLine(ExpenseLine.TRAVEL, 40_000L, "Autobus")), null));
                there.membership().apply(TestOffices.draft("Refuge Winnipeg", "refuge@example.org", Province.MB));

                // heard as the other workstation commits; the generous wait only bounds a broken feed
                for (var heard : java.util.Map.of("events list", newEvent, "event's registrations", registered,
                        "accounts", newAccount, "fund applications", applied, "applications badge", badge).entrySet()) {
                    assertThat(heard.getValue().await(60, TimeUnit.SECONDS)).as(heard.getKey()).isTrue();
                }
            }
            assertThat(events.selectedProperty().get().id()).isEqualTo(consultation.id());
            assertThat(feedback.errors()).isEmpty();
        }
    }

    /**
     * The feed starts listening on its own thread after the first subscription: until it hears a change, changes
     * made now could pass unheard. The other workstation touches an organization until the feed hears it.
     */
    private static void listening(ChangeFeed changes, OfficeServices there, Organization member) throws Exception {
        CountDownLatch heard = new CountDownLatch(1);
        try (AutoCloseable probe = changes.subscribe(tables -> heard.countDown())) {
            for (int attempt = 0; attempt < 30 && heard.getCount() > 0; attempt++) {
                there.membership().update(member.id(), member.toDraft());
                heard.await(2, TimeUnit.SECONDS);
            }
        }
        assertThat(heard.getCount()).isZero();
    }

    /** Counted down once the condition holds, checked now and at each change of what it reads. */
    private static CountDownLatch when(Observable watched, BooleanSupplier condition) {
        CountDownLatch latch = new CountDownLatch(1);
        watched.addListener(observable -> {
            if (condition.getAsBoolean()) {
                latch.countDown();
            }
        });
        if (condition.getAsBoolean()) {
            latch.countDown();
        }
        return latch;
    }
}
