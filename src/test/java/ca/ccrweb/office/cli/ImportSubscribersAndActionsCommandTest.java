package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.Subscriber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import subscribers} and {@code import action-reports --campaign ID}, then their undo, on a SQLite file. */
class ImportSubscribersAndActionsCommandTest {
    @TempDir
    Path folder;

    private OfficeServices open(Path database) {
        return OfficeServices.open(DatabaseSettings.sqliteFile(database), Actor.named("t"));
    }

    private List<Subscriber> chronicle(Path database) {
        try (OfficeServices services = open(database)) {
            return services.mailingLists().subscribers(services.mailingLists().listByCode(MailingList.CHRONIQUE).id());
        }
    }

    @Test
    void subscribersAreImportedWithTheirErrorsByRowThenUndone() throws Exception {
        Path database = folder.resolve("office.db");
        assertThat(chronicle(database)).isEmpty();
        Path file = Files.writeString(folder.resolve("abonnés.csv"), """
                Liste;Courriel;Nom
                Chronique;ana@example.org;Ana Pérez
                Chronique;pas-un-courriel;Lee Wong
                """, StandardCharsets.UTF_8);

        CommandRun imported = CommandRun.of("--language", "en", "--database", database.toString(), "import",
                "subscribers", "--input", file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("new: 1, updated: 0, skipped: 0, errors: 1")
                .contains("Line 3, Email: Not a valid email address. (pas-un-courriel)");
        assertThat(chronicle(database)).extracting(Subscriber::email).containsExactly("ana@example.org");
        Matcher batch = Pattern.compile("^batch (\\d+)$", Pattern.MULTILINE).matcher(imported.out());
        assertThat(batch.find()).isTrue();

        CommandRun undone = CommandRun.of("--language", "en", "--database", database.toString(), "import", "undo",
                batch.group(1));

        assertThat(undone.exitCode()).isZero();
        assertThat(undone.out()).contains("2 records removed");
        assertThat(chronicle(database)).isEmpty();
    }

    @Test
    void actionReportsNeedTheirCampaignAndComeIntoIt() throws Exception {
        Path database = folder.resolve("office.db");
        long campaignId;
        try (OfficeServices services = open(database)) {
            Campaign campaign = services.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.now().minusMonths(2)));
            campaignId = campaign.id();
        }
        Path file = Files.writeString(folder.resolve("actions.csv"), """
                Date,Who acted,Prov.,Action,Target,Riding,Result
                %s,Lee Wong,BC,Letter or call to an MP,MP,Vancouver-Est,No answer
                """.formatted(LocalDate.now().minusDays(3)), StandardCharsets.UTF_8);

        CommandRun withoutCampaign = CommandRun.of("--language", "fr", "--database", database.toString(), "import",
                "action-reports", "--input", file.toString());

        assertThat(withoutCampaign.exitCode()).isNotZero();
        assertThat(withoutCampaign.err()).contains("Donnez la campagne avec --campaign ID");

        CommandRun imported = CommandRun.of("--language", "en", "--database", database.toString(), "import",
                "action-reports", "--campaign", String.valueOf(campaignId), "--input", file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("new: 1, updated: 0, skipped: 0, errors: 0");
        try (OfficeServices services = open(database)) {
            assertThat(services.advocacy().actions(campaignId)).extracting(ActionReport::riding)
                    .containsExactly("Vancouver-Est");
            assertThat(services.advocacy().tallies(campaignId).total()).isEqualTo(1);
        }
    }
}
