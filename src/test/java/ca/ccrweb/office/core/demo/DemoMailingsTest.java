package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.mailings.ListSummary;
import ca.ccrweb.office.core.mailings.Mailing;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.MailingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMailingsTest {
    @TempDir
    Path folder;

    @Test
    void theDemoHasPeopleOnEachListSomeWhoLeftAndMailingsInTheArchive() {
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            List<DemoData.UnitOutcome> outcomes = DemoData.fill(office, 1, DemoData.DEFAULT_SEED);

            assertThat(outcomes).extracting(DemoData.UnitOutcome::unit).contains("mailings");
            List<ListSummary> lists = office.mailingLists().summaries();
            for (String code : List.of(MailingList.CHRONIQUE, MailingList.CCRLIST, MailingList.TRAFFICKING)) {
                assertThat(lists).filteredOn(summary -> code.equals(summary.list().code())).singleElement()
                        .satisfies(summary -> assertThat(summary.subscribed()).as(code).isPositive());
            }
            assertThat(lists.stream().mapToInt(ListSummary::unsubscribed).sum()).isPositive();
            assertThat(office.mailings().mailings()).extracting(Mailing::status)
                    .containsExactlyInAnyOrder(MailingStatus.FINISHED, MailingStatus.FINISHED, MailingStatus.SENDING);
        }
    }
}
