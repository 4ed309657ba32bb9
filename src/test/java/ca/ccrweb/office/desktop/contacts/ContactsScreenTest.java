package ca.ccrweb.office.desktop.contacts;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Two records of one person merged through the contacts screen, field by field; the registration follows. */
@ExtendWith(ApplicationExtension.class)
class ContactsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private long event;

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(folder);
        office.contacts().findOrCreate(new ContactDraft("Awa Diallo", "awa@example.org", null, Language.FR, null,
                "Carrefour"));
        event = office.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire", "Webinar",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5), null, null, null, null, null,
                EventStatus.REGISTRATION_OPEN)).id();
        office.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member", 0L, 0L,
                null, null));
        office.registrations().register(event, new RegistrationDraft(new ContactDraft("AWA DIALLO", null,
                "514-555-0177", Language.EN, null, "Carrefour"), null, "Carrefour", null, Set.of(), Set.of(),
                Language.EN, null, null, null, null, null));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void twoRecordsOfOnePersonAreMergedChoosingFieldByFieldAndTheRegistrationMovesToTheSurvivor(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        waitUntil(() -> FxTesting.rows(robot, "#contactsTable") == 2);
        waitUntil(() -> robot.lookup("#duplicatesList").queryListView().getItems().size() == 1);
        robot.clickOn("#contactSearchField").write("diallo");
        assertThat(FxTesting.rows(robot, "#contactsTable")).isEqualTo(2);
        Contact kept = office.contacts().all().stream().filter(c -> c.email() != null).findFirst().orElseThrow();
        if (!"awa@example.org".equals(FxTesting.text(robot, "#keepLeft-email"))) {
            robot.clickOn("#swapContactsButton");
        }
        assertThat(FxTesting.text(robot, "#keepRight-phone")).isEqualTo("514-555-0177");

        robot.clickOn("#keepRight-phone");
        robot.clickOn("#keepRight-language");
        robot.clickOn("#mergeContactsButton");

        waitUntil(() -> FxTesting.rows(robot, "#contactsTable") == 1);
        Contact survivor = office.contacts().all().getFirst();
        assertThat(survivor.id()).isEqualTo(kept.id());
        assertThat(survivor.fullName()).isEqualTo("Awa Diallo");
        assertThat(survivor.email()).isEqualTo("awa@example.org");
        assertThat(survivor.phone()).isEqualTo("514-555-0177");
        assertThat(survivor.language()).isEqualTo(Language.EN);
        assertThat(office.registrations().ofEvent(event)).singleElement()
                .satisfies(registration -> assertThat(registration.contactId()).isEqualTo(kept.id()));
        assertThat(robot.lookup("#duplicatesList").queryListView().getItems()).isEmpty();
        assertThat(office.audit().entries("contact", kept.id(), 5)).extracting(e -> e.action()).contains("MERGE");
    }
}
