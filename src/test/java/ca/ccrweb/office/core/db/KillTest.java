package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the application killed with SIGKILL in the middle of its work loses nothing it had
 * committed and leaves a sound database, run after run.
 */
class KillTest {
    private static final int RUNS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesSigkillAndTheDatabaseStaysSound() throws Exception {
        Path file = folder.resolve("office.db");
        Database.open(DatabaseSettings.sqliteFile(file));
        Map<Long, String> acknowledged = new HashMap<>();
        Random random = new Random(20261123);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        for (int run = 0; run < RUNS; run++) {
            Process writer = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), ContinuousWriter.class.getName(),
                    file.toString(), Integer.toString(run))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            int commitsBeforeKill = 3 + random.nextInt(40);
            for (int i = 0; i < commitsBeforeKill; i++) {
                String line = lines.readLine();
                assertThat(line).as("run %d, commit %d", run, i).isNotNull();
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[0]), parts[1]);
            }
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // the lines already printed when it died are acknowledged commits too
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[0]), parts[1]);
            }

            try (OfficeServices office = OfficeServices.open(DatabaseSettings.sqliteFile(file), Actor.named("check"))) {
                assertThat(office.database().integrityProblems()).as("run %d", run).isEmpty();
                Map<Long, Organization> stored = office.membership().all().stream()
                        .collect(Collectors.toMap(Organization::id, Function.identity()));
                for (Map.Entry<Long, String> commit : acknowledged.entrySet()) {
                    Organization organization = stored.get(commit.getKey());
                    assertThat(organization).as("run %d: organization %d", run, commit.getKey()).isNotNull();
                    if (commit.getValue().equals("approved")) {
                        assertThat(organization.status()).isEqualTo(MembershipStatus.ACTIVE);
                        assertThat(office.accounts().administratorOf(organization.id())).isPresent();
                    }
                }
            }
        }
        assertThat(acknowledged.size()).isGreaterThan(RUNS * 3);
    }
}
