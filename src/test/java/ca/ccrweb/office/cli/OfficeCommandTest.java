package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.accounts.Account;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeCommandTest {
    @TempDir
    Path folder;

    private static OfficeServices open(Path database) {
        return OfficeServices.open(DatabaseSettings.sqliteFile(database), Actor.named("test"));
    }

    @Test
    void demoDataFillsTheDatabaseThroughTheServicesAndPrintsASummary() throws Exception {
        Path database = folder.resolve("office.db");

        CommandRun result = CommandRun.of("--language", "en", "--database", database.toString(), "demo-data");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Demo data added to " + database, "Organizations: 41",
                "Application pending: 5", "Rejected: 3", "Lapsed: 3", "Suspended: 2", "Administrator accounts: 33",
                "Individual accounts: 64");
        try (OfficeServices office = open(database)) {
            List<Organization> organizations = office.membership().all();
            assertThat(organizations).extracting(Organization::province).containsAll(EnumSet.allOf(Province.class));
            assertThat(organizations).extracting(Organization::status)
                    .containsAll(EnumSet.allOf(MembershipStatus.class));
            Map<Long, Long> administrators = office.accounts().all().stream().filter(Account::isAdministrator)
                    .collect(Collectors.groupingBy(Account::organizationId, Collectors.counting()));
            for (Organization organization : organizations) {
                if (EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LAPSED, MembershipStatus.SUSPENDED)
                        .contains(organization.status())) {
                    assertThat(administrators.get(organization.id())).as(organization.name()).isEqualTo(1L);
                }
                if (EnumSet.of(MembershipStatus.APPLIED, MembershipStatus.REJECTED).contains(organization.status())) {
                    assertThat(administrators).as(organization.name()).doesNotContainKey(organization.id());
                }
            }
            assertThat(office.accounts().all()).extracting(Account::fullName).contains("Nguyễn Thị Hương",
                    "محمد عبد الله", "ተስፋዬ ገብረመድህን", "Zoë Côté-Bélanger", "Ayşe Yılmaz");
            assertThat(organizations).extracting(Organization::city).contains("Montréal", "Sept-Îles");
        }
    }

    @Test
    void runningDemoDataTwiceWorksAndAddsNothingTheSecondTime() throws Exception {
        Path database = folder.resolve("office.db");
        CommandRun.of("--database", database.toString(), "demo-data");

        CommandRun again = CommandRun.of("--language", "fr", "--database", database.toString(), "demo-data");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).contains("Déjà complet depuis une exécution précédente, laissé tel quel\u00A0: organismes",
                "Déjà complet depuis une exécution précédente, laissé tel quel\u00A0: événements et inscriptions");
        try (OfficeServices office = open(database)) {
            assertThat(office.membership().all()).hasSize(41);
        }
    }

    @Test
    void globalOptionsAreAcceptedAfterTheCommandAndTheScaleMultipliesTheVolume() throws Exception {
        Path database = folder.resolve("office.db");

        CommandRun result = CommandRun.of("demo-data", "--scale", "2", "--database", database.toString(),
                "--language", "en");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Organizations: 82");
        try (OfficeServices office = open(database)) {
            assertThat(office.membership().all()).hasSize(82);
        }
    }

    @Test
    void aScaleOutOfRangeIsAUsageError() {
        CommandRun result = CommandRun.of("--language", "en", "--database", folder.resolve("office.db").toString(),
                "demo-data", "--scale", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--scale must be between 1 and 100, not 0.",
                "Try 'ccr-office demo-data --help' for more information.");
        assertThat(Files.exists(folder.resolve("office.db"))).isFalse();
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithAShortMessageAndNoStackTrace() {
        CommandRun result = CommandRun.of("--language", "en", "frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument at index 2: 'frobnicate'",
                "Try 'ccr-office --help' for more information.");
        assertThat(result.err().lines()).hasSizeLessThanOrEqualTo(3);
        assertThat(result.printedAStackTrace()).isFalse();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CommandRun result = CommandRun.of("--language", "fr", "demo-dta");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Vouliez-vous dire\u00A0: demo-data\u00A0?", "Essayez «\u00A0ccr-office --help\u00A0»");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandRun result = CommandRun.of("--language", "de", "demo-data");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--language");
        assertThat(result.printedAStackTrace()).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeCreatedFailsWithOneLineInTheChosenLanguage() throws Exception {
        Path regularFile = Files.writeString(folder.resolve("notes.txt"), "a file, not a folder");
        String database = regularFile.resolve("office").resolve("office.db").toString();

        CommandRun english = CommandRun.of("--language", "en", "--database", database, "demo-data");
        CommandRun french = CommandRun.of("--language", "fr", "--database", database, "demo-data");

        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err().lines()).hasSize(1);
        assertThat(english.err()).contains("database", regularFile.toString());
        assertThat(english.printedAStackTrace()).isFalse();
        assertThat(french.exitCode()).isEqualTo(1);
        assertThat(french.err().lines()).hasSize(1);
        assertThat(french.err()).contains("base de données");
        assertThat(french.printedAStackTrace()).isFalse();
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefusedWithoutEchoingIt() {
        CommandRun result = CommandRun.of("--language", "en",
                "--database", "jdbc:mysql://server/ccr?password=secret", "demo-data");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("not supported").doesNotContain("secret");
    }

    @Test
    void withoutACommandTheDesktopIsStartedOnTheGivenDatabase() {
        AtomicReference<String> opened = new AtomicReference<>();
        OfficeCommand office = new OfficeCommand(opened::set);

        CommandRun result = CommandRun.of(office, "--database", "office.db");

        assertThat(result.exitCode()).isZero();
        assertThat(opened.get()).isEqualTo("office.db");
        assertThat(office.desktopStarted()).isTrue();
    }

    @Test
    void aDesktopThatCannotStartIsReportedOnOneLine() {
        OfficeCommand office = new OfficeCommand(database -> {
            throw new IllegalStateException("no display");
        });

        CommandRun result = CommandRun.of(office, "--language", "en");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Unexpected error (IllegalStateException): no display");
        assertThat(office.desktopStarted()).isFalse();
    }

    @Test
    void withoutACommandOrADesktopACommandIsAskedFor() {
        CommandRun result = CommandRun.of("--language", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Give a command: demo-data, export, list, backup, restore, check, bench, dues, import, mailing, cases, office-settings.");
    }

    @Test
    void helpIsShownInTheChosenLanguageAndVersionIsPrinted() {
        CommandRun french = CommandRun.of("--language", "fr", "--help");
        CommandRun english = CommandRun.of("--language", "en", "export", "--help");
        CommandRun version = CommandRun.of("--version");

        assertThat(french.exitCode()).isZero();
        assertThat(french.out()).contains("Utilisation\u00a0: ccr-office", "Commandes\u00a0:", "demo-data", "export",
                "Afficher cette aide et quitter.");
        assertThat(english.out()).contains("Usage: ccr-office export", "organizations|accounts",
                "--format=xlsx|pdf|csv", "--output=FILE", "--database=FILE|URL", "--language=fr|en");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("CCR Office ");
    }
}
