package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The PostgreSQL server restarting, or gone, under services that keep running (the pool, our words). */
class ServerRestartTest {
    @TempDir
    Path folder;

    @Test
    void aRestartBetweenTwoActionsGoesUnnoticedAndAServerGoneIsToldInOurWordsWithNothingHalfSaved() {
        try (TestDatabases.RestartableServer server = TestDatabases.restartableServer(folder);
             OfficeServices services = new OfficeServices(Database.open(server.settings(), Duration.ofSeconds(2)),
                     TestOffices.CLOCK, Actor.named("test.staff"))) {
            services.membership().apply(TestOffices.draft("Accueil Montréal", "accueil@example.org", Province.QC));

            server.stop();
            server.start();
            // the pool's connection was ended by the restart: it is replaced, and the action simply works
            services.membership().apply(TestOffices.draft("Welcome Halifax", "welcome@example.org", Province.NS));
            assertThat(services.membership().all()).extracting(Organization::name)
                    .containsExactlyInAnyOrder("Accueil Montréal", "Welcome Halifax");

            server.stop();
            OfficeException refused = catchThrowableOfType(OfficeException.class, () -> services.membership()
                    .apply(TestOffices.draft("Refuge Winnipeg", "refuge@example.org", Province.MB)));
            assertThat(refused.key()).isEqualTo("database.error.serverNotAnswering");
            String english = refused.localizedMessage(Messages.of(Language.EN));
            String french = refused.localizedMessage(Messages.of(Language.FR));
            assertThat(english).startsWith("The database server (localhost:").doesNotContain("jdbc").contains("does not answer")
                    .contains("nothing of it was half-saved").doesNotContainIgnoringCase("sql")
                    .doesNotContain("Exception").doesNotContain("insert");
            assertThat(french).contains("ne répond pas").doesNotContainIgnoringCase("sql");
            OfficeException reading = catchThrowableOfType(OfficeException.class, () -> services.membership().all());
            assertThat(reading.key()).isEqualTo("database.error.serverNotAnswering");

            server.start();
            services.membership().apply(TestOffices.draft("Refuge Winnipeg", "refuge@example.org", Province.MB));
            assertThat(services.membership().all()).extracting(Organization::name)
                    .containsExactlyInAnyOrder("Accueil Montréal", "Welcome Halifax", "Refuge Winnipeg");
        }
    }
}
