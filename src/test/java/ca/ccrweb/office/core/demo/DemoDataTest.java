package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.accounts.AccountKind;
import ca.ccrweb.office.core.accounts.AccountStatus;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.MembershipTransition;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataTest {
    private static final Set<MembershipStatus> HAD_APPROVAL = EnumSet.of(MembershipStatus.ACTIVE,
            MembershipStatus.LAPSED, MembershipStatus.SUSPENDED, MembershipStatus.WITHDRAWN);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneUnitCoversEveryProvinceAndTerritoryAndEveryMembershipStatus(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);

        DemoDataReport report = DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        List<Organization> organizations = office.membership().all();
        assertThat(organizations).hasSize(DemoData.ORGANIZATIONS_PER_SCALE).hasSize(report.organizations());
        assertThat(organizations).extracting(Organization::province).containsAll(EnumSet.allOf(Province.class));
        assertThat(organizations).extracting(Organization::status).containsAll(EnumSet.allOf(MembershipStatus.class));
        Map<MembershipStatus, Long> byStatus = organizations.stream()
                .collect(Collectors.groupingBy(Organization::status, Collectors.counting()));
        assertThat(byStatus.get(MembershipStatus.APPLIED)).isGreaterThanOrEqualTo(3);
        assertThat(byStatus.get(MembershipStatus.ACTIVE)).isGreaterThan(organizations.size() / 2);
        byStatus.forEach((status, count) -> assertThat(report.organizations(status)).isEqualTo(count.intValue()));
    }

    @Test
    void everyApprovedMemberHasExactlyOneAdministratorAndApplicationsHaveNone() {
        OfficeServices office = TestOffices.openSqlite(folder);

        DemoDataReport report = DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        Map<Long, List<Account>> administrators = office.accounts().all().stream().filter(Account::isAdministrator)
                .collect(Collectors.groupingBy(Account::organizationId));
        for (Organization organization : office.membership().all()) {
            int expected = HAD_APPROVAL.contains(organization.status()) ? 1 : 0;
            assertThat(administrators.getOrDefault(organization.id(), List.of())).as(organization.name())
                    .hasSize(expected);
        }
        assertThat(report.administratorAccounts()).isEqualTo(administrators.size());
    }

    @Test
    void decisionsFollowTheLifecycleWithTheirReasons() {
        OfficeServices office = TestOffices.openSqlite(folder);

        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        for (Organization organization : office.membership().all()) {
            List<MembershipStatus> path = office.membership().history(organization.id()).stream()
                    .map(MembershipTransition::to).toList();
            assertThat(path.getFirst()).isEqualTo(MembershipStatus.APPLIED);
            if (EnumSet.of(MembershipStatus.REJECTED, MembershipStatus.LAPSED, MembershipStatus.SUSPENDED,
                    MembershipStatus.WITHDRAWN).contains(organization.status())) {
                assertThat(organization.statusReason()).as(organization.name()).isNotBlank();
            }
            if (HAD_APPROVAL.contains(organization.status())) {
                assertThat(path.get(1)).isEqualTo(MembershipStatus.ACTIVE);
                assertThat(office.dues().duesOf(organization.id())).as(organization.name()).hasSize(3);
            }
        }
        assertThat(office.membership().all()).anySatisfy(renewed -> assertThat(office.membership()
                .history(renewed.id())).extracting(MembershipTransition::to).containsExactly(MembershipStatus.APPLIED,
                MembershipStatus.ACTIVE, MembershipStatus.LAPSED, MembershipStatus.ACTIVE));
    }

    @Test
    void accountsOfMembersWithoutAccessAreDisabledAndTheOthersActive() {
        OfficeServices office = TestOffices.openSqlite(folder);

        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        Map<Long, Organization> organizations = office.membership().all().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Account> accounts = office.accounts().all();
        assertThat(accounts).filteredOn(account -> account.kind() == AccountKind.INDIVIDUAL).isNotEmpty();
        for (Account account : accounts) {
            boolean access = organizations.get(account.organizationId()).status().grantsAccess();
            assertThat(account.status()).as(account.fullName())
                    .isEqualTo(access ? AccountStatus.ACTIVE : AccountStatus.DISABLED);
        }
    }

    @Test
    void namesWithAccentsAndOtherScriptsAreStoredExactlyAsWritten() {
        OfficeServices office = TestOffices.openSqlite(folder);

        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        List<String> people = office.accounts().all().stream().map(Account::fullName).toList();
        assertThat(people).containsAll(DemoPeople.ALL.stream().map(DemoPeople.Person::fullName).toList())
                .contains("Nguyễn Thị Hương", "محمد عبد الله", "ተስፋዬ ገብረመድህን", "Zoë Côté-Bélanger", "Ayşe Yılmaz");
        assertThat(office.membership().all()).extracting(Organization::name)
                .contains("Centre d'accueil et d'intégration des immigrants du Bas-Saint-Laurent",
                        "Centre multiethnique du Saguenay–Lac-Saint-Jean");
        assertThat(office.membership().all()).extracting(Organization::city)
                .contains("Montréal", "Québec", "Trois-Rivières", "Sept-Îles");
        assertThat(office.membership().all()).filteredOn(organization -> organization.nameOtherLanguage() != null)
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void demoAddressesCanReachNobody() {
        OfficeServices office = TestOffices.openSqlite(folder);

        DemoData.generate(office, 2, DemoData.DEFAULT_SEED);

        assertThat(office.membership().all()).allSatisfy(organization -> {
            assertThat(organization.email()).endsWith(".example");
            assertThat(organization.phone()).contains("555-01");
        });
        assertThat(office.accounts().all()).extracting(Account::email).allMatch(email -> email.endsWith(".example"));
    }

    @Test
    void theSameSeedGivesTheSameData() {
        OfficeServices first = TestOffices.openSqlite(folder.resolve("first"));
        OfficeServices second = TestOffices.openSqlite(folder.resolve("second"));

        DemoData.generate(first, 2, 42L);
        DemoData.generate(second, 2, 42L);

        assertThat(summary(second)).isEqualTo(summary(first));
    }

    @Test
    void scaleTwoGivesTwiceTheOrganizationsAndAccountsAllDistinct() {
        OfficeServices one = TestOffices.openSqlite(folder.resolve("one"));
        OfficeServices two = TestOffices.openSqlite(folder.resolve("two"));

        DemoDataReport single = DemoData.generate(one, 1, DemoData.DEFAULT_SEED);
        DemoDataReport doubled = DemoData.generate(two, 2, DemoData.DEFAULT_SEED);

        assertThat(doubled.organizations()).isEqualTo(2 * single.organizations());
        assertThat(doubled.individualAccounts()).isEqualTo(2 * single.individualAccounts());
        List<Organization> organizations = two.membership().all();
        assertThat(organizations).hasSize(2 * DemoData.ORGANIZATIONS_PER_SCALE);
        assertThat(organizations).extracting(Organization::name).doesNotHaveDuplicates();
        assertThat(organizations).extracting(Organization::email).doesNotHaveDuplicates();
        assertThat(organizations).filteredOn(organization -> organization.province() == Province.QC)
                .extracting(Organization::city).contains("Laval", "Lévis");
    }

    @Test
    void runningAgainAddsNothingAndALargerScaleAddsOnlyWhatIsMissing() {
        OfficeServices office = TestOffices.openSqlite(folder);
        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
        List<String> firstRun = summary(office);

        DemoDataReport again = DemoData.generate(office, 1, DemoData.DEFAULT_SEED);

        assertThat(again.organizations()).isZero();
        assertThat(again.organizationsAlreadyPresent()).isEqualTo(DemoData.ORGANIZATIONS_PER_SCALE);
        assertThat(summary(office)).isEqualTo(firstRun);

        DemoDataReport larger = DemoData.generate(office, 2, DemoData.DEFAULT_SEED);

        assertThat(larger.organizations()).isEqualTo(DemoData.ORGANIZATIONS_PER_SCALE);
        assertThat(larger.organizationsAlreadyPresent()).isEqualTo(DemoData.ORGANIZATIONS_PER_SCALE);
        assertThat(office.membership().all()).hasSize(2 * DemoData.ORGANIZATIONS_PER_SCALE);
    }

    @Test
    void aScaleBelowOneIsRefused() {
        OfficeServices office = TestOffices.openSqlite(folder);

        assertThatThrownBy(() -> DemoData.generate(office, 0, DemoData.DEFAULT_SEED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(office.membership().all()).isEmpty();
    }

    @Test
    void membersAreApprovedBeforeTheEventsSoTheirPeoplePayTheMemberRateAndPastEventsHaveNobodyWaiting() {
        OfficeServices office = TestOffices.openSqlite(folder);
        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
        DemoEvents.generate(office, 1, DemoData.DEFAULT_SEED);

        List<Registration> fromMembers = new ArrayList<>();
        for (Event event : office.events().all()) {
            List<Registration> registrations = office.registrations().ofEvent(event.id());
            registrations.stream().filter(registration -> registration.organizationId() != null
                    && registration.rateKind() != RateKind.SPECIAL).forEach(fromMembers::add);
            if (event.status() == EventStatus.COMPLETED) {
                assertThat(registrations).as(event.titleEn()).extracting(Registration::status)
                        .doesNotContain(RegistrationStatus.WAITLISTED);
            }
            if (event.kind() == EventKind.NATIONAL_CONSULTATION) {
                assertThat(event.capacity()).as(event.titleEn()).isBetween(350, 5_000);
            }
        }
        assertThat(fromMembers).isNotEmpty();
        assertThat(fromMembers.stream().filter(registration -> registration.rateKind() == RateKind.MEMBER).count())
                .isEqualTo(fromMembers.size());
        Organization member = office.membership().all().stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE).findFirst().orElseThrow();
        assertThat(office.membership().wasActiveMemberOn(member.id(), java.time.LocalDate.of(2023, 1, 1))).isTrue();
    }

    private static List<String> summary(OfficeServices office) {
        List<String> lines = new ArrayList<>();
        office.membership().all().forEach(organization -> lines.add(String.join("|", organization.name(),
                organization.email(), organization.city(), organization.status().name(),
                String.valueOf(organization.statusReason()), new TreeSet<>(organization.services()).toString())));
        office.accounts().all().forEach(account -> lines.add(String.join("|", account.organizationName(),
                account.kind().name(), account.fullName(), account.email(), String.valueOf(account.role()))));
        lines.sort(null);
        return lines;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPartThatStopsHalfWayLeavesNothingAndTheNextRunMakesItWholeThenSkipsIt(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        java.util.concurrent.atomic.AtomicBoolean powerCut = new java.util.concurrent.atomic.AtomicBoolean(true);
        DemoUnit organizations = DemoData.UNITS.getFirst();
        DemoUnit cutShort = new DemoUnit("organizations", (services, scale, seed) -> {
            List<DemoSummary> made = organizations.maker().make(services, scale, seed);
            if (powerCut.get()) {
                throw new IllegalStateException("power cut");
            }
            return made;
        });

        assertThatThrownBy(() -> DemoData.fill(office, 1, DemoData.DEFAULT_SEED, List.of(cutShort), done -> { }))
                .hasMessage("power cut");
        assertThat(office.membership().all()).isEmpty();
        assertThat(office.accounts().all()).isEmpty();

        powerCut.set(false);
        DemoData.fill(office, 1, DemoData.DEFAULT_SEED, List.of(cutShort), done -> { });
        assertThat(office.membership().all()).hasSize(DemoData.ORGANIZATIONS_PER_SCALE);

        powerCut.set(true);
        assertThat(DemoData.fill(office, 1, DemoData.DEFAULT_SEED, List.of(cutShort), done -> { }))
                .singleElement().satisfies(outcome -> assertThat(outcome.alreadyComplete()).isTrue());
        assertThat(office.membership().all()).hasSize(DemoData.ORGANIZATIONS_PER_SCALE);
    }
}
