package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path folder;

    private List<Organization> organizations(Path database) {
        try (OfficeServices services = OfficeServices.open(DatabaseSettings.sqliteFile(database), Actor.named("t"))) {
            return services.membership().all();
        }
    }

    @Test
    void aDryRunThenAnImportPrintTheBatchCountsAndOneLinePerRowInErrorThenUndoRemovesIt() throws Exception {
        Path database = folder.resolve("office.db");
        assertThat(organizations(database)).as("the empty office made at the first start").isEmpty();
        Path file = Files.writeString(folder.resolve("membres.csv"), """
                Nom;Courriel;Prov.
                Comité d’aide aux réfugiés;info@car.example;Qc
                Centre Élan;elan@example.org;Ontario
                Sans courriel;;Manitoba
                Mauvais;pas-un-courriel;Atlantis
                """, StandardCharsets.UTF_8);

        CommandRun dryRun = CommandRun.of("--language", "en", "--database", database.toString(), "import",
                "organizations", "--input", file.toString(), "--dry-run");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out().lines()).containsExactly("Dry run: nothing was written.",
                "new: 2, updated: 0, skipped: 0, errors: 2",
                "Line 4, Email: Required. ()",
                "Line 5, Email: Not a valid email address. (pas-un-courriel); Province or territory: “Atlantis” is not "
                        + "one of the values known here: choose the value it stands for. (Atlantis)");
        assertThat(organizations(database)).isEmpty();

        CommandRun imported = CommandRun.of("--language", "fr", "--database", database.toString(), "import",
                "organizations", "--input", file.toString());

        assertThat(imported.exitCode()).isZero();
        Matcher batch = Pattern.compile("^batch (\\d+)$", Pattern.MULTILINE).matcher(imported.out());
        assertThat(batch.find()).isTrue();
        assertThat(imported.out()).contains("nouveaux\u00A0: 2, mis à jour\u00A0: 0, ignorés\u00A0: 0, erreurs\u00A0: 2")
                .contains("Ligne 4, Courriel\u00A0: Obligatoire.");
        assertThat(organizations(database)).extracting(Organization::name)
                .containsExactlyInAnyOrder("Comité d’aide aux réfugiés", "Centre Élan");

        CommandRun undone = CommandRun.of("--language", "en", "--database", database.toString(), "import", "undo",
                batch.group(1));

        assertThat(undone.exitCode()).isZero();
        assertThat(undone.out().strip()).isEqualTo("batch " + batch.group(1)
                + " undone: 2 records removed, 0 put back as they were");
        assertThat(organizations(database)).isEmpty();
    }

    @Test
    void aMappingFileNamesColumnsAndValuesAndDuplicatesAreUpdatedWhenAsked() throws Exception {
        Path database = folder.resolve("office.db");
        assertThat(organizations(database)).as("the empty office made at the first start").isEmpty();
        Path first = Files.writeString(folder.resolve("a.csv"), "Name,E-mail,Province\nCentre Élan,elan@example.org,ON\n");
        assertThat(CommandRun.of("--database", database.toString(), "import", "organizations", "--input",
                first.toString()).exitCode()).isZero();
        Path second = Files.writeString(folder.resolve("b.csv"),
                "Organisme;Adresse de contact;Où;Ville\nCentre Élan;ELAN@example.org;Prov. d’Ontario;Toronto\n");
        Path mapping = Files.writeString(folder.resolve("mapping.txt"), """
                # columns this file names its own way
                Organisme = name
                Adresse de contact = email
                Où = province
                province: Prov. d’Ontario = ON
                """);

        CommandRun run = CommandRun.of("--language", "en", "--database", database.toString(), "import",
                "organizations", "--input", second.toString(), "--mapping", mapping.toString(), "--on-duplicate",
                "update");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("new: 0, updated: 1, skipped: 0, errors: 0");
        assertThat(organizations(database)).singleElement().satisfies(organization -> {
            assertThat(organization.city()).isEqualTo("Toronto");
            assertThat(organization.province()).isEqualTo(Province.ON);
        });
    }

    @Test
    void aWrongCommandLineSaysWhatIsExpected() {
        CommandRun unknown = CommandRun.of("--language", "en", "import", "members", "--input", "x.csv");
        CommandRun noEvent = CommandRun.of("--language", "en", "import", "registrations", "--input", "x.csv");
        CommandRun noBatch = CommandRun.of("--language", "en", "import", "undo");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown import ‘members’");
        assertThat(noEvent.err()).contains("--event ID");
        assertThat(noBatch.err()).contains("import undo BATCH");
        assertThat(unknown.printedAStackTrace() || noEvent.printedAStackTrace()).isFalse();
    }

    @Test
    void pastImportsAreListedNewestFirstWithWhoAndCountsAndShowUndoneOnceUndone() throws Exception {
        Path database = folder.resolve("office.db");
        assertThat(organizations(database)).as("the empty office made at the first start").isEmpty();
        CommandRun none = CommandRun.of("--language", "en", "--database", database.toString(), "import", "list");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out().strip()).isEqualTo("No imports yet.");
        Path people = Files.writeString(folder.resolve("personnes.csv"),
                "Nom complet;Courriel\nNguyễn Văn An;an@example.org\nأمينة حداد;amina@example.org\n", StandardCharsets.UTF_8);
        Path members = Files.writeString(folder.resolve("membres.csv"),
                "Nom;Courriel;Prov.\nCentre Élan;elan@example.org;Ontario\n", StandardCharsets.UTF_8);
        String first = batchOf(CommandRun.of("--database", database.toString(), "import", "contacts", "--input",
                people.toString()));
        String second = batchOf(CommandRun.of("--database", database.toString(), "import", "organizations", "--input",
                members.toString()));
        assertThat(CommandRun.of("--database", database.toString(), "import", "undo", first).exitCode()).isZero();

        CommandRun listed = CommandRun.of("--language", "en", "--database", database.toString(), "import", "list");

        assertThat(listed.exitCode()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("batch " + second + " · ")
                .contains(" · organizations · membres.csv · by ")
                .endsWith(" · new: 1, updated: 0, skipped: 0, errors: 0");
        assertThat(lines.get(1)).startsWith("batch " + first + " · ")
                .contains(" · contacts · personnes.csv · by ", "new: 2, updated: 0, skipped: 0, errors: 0 · undone ");

        CommandRun enFrancais = CommandRun.of("--language", "fr", "--database", database.toString(), "import", "list");
        assertThat(enFrancais.out().lines().toList().get(1)).contains("nouveaux\u00A0: 2", " · annulé le ");
    }

    private static String batchOf(CommandRun run) {
        assertThat(run.exitCode()).isZero();
        Matcher batch = Pattern.compile("^batch (\\d+)$", Pattern.MULTILINE).matcher(run.out());
        assertThat(batch.find()).as(run.out()).isTrue();
        return batch.group(1);
    }
}
