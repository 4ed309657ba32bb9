package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.db.TestDatabases;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.accounts.OrganizationAccountsViewModel;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two workstations on one PostgreSQL database: one's change shows in the other's open list, without reopening. */
class FollowingOtherWorkstationsTest {
    @TempDir
    Path folder;

    @Test
    void anotherWorkstationsChangeAppearsInTheOpenListKeepingTheSelectionAndWhatIsBeingTyped() throws Exception {
        DatabaseSettings settings = TestDatabases.settings(Engine.POSTGRESQL, folder);
        try (OfficeServices here = new OfficeServices(Database.open(settings), FxTesting.CLOCK,
                Actor.named("amina.k"));
             OfficeServices there = new OfficeServices(Database.open(settings), FxTesting.CLOCK,
                     Actor.named("bruno.t"))) {
            Organization montreal = here.membership().apply(
                    TestOffices.draft("Accueil Montréal", "accueil@example.org", Province.QC));
            Organization halifax = here.membership().apply(
                    TestOffices.draft("Welcome Halifax", "welcome@example.org", Province.NS));
            SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
            RecordingFeedback feedback = new RecordingFeedback();
            Localizer localizer = new Localizer(Language.EN);
            OrganizationsViewModel list = new OrganizationsViewModel(here.membership(), executor, feedback, localizer,
                    new OrganizationFormViewModel(here.membership(), executor, feedback, localizer, FxTesting.CLOCK),
                    new OrganizationAccountsViewModel(here.accounts(), here.membership(), executor, feedback,
                            localizer, (issued, organization) -> { }));
            list.load();
            list.selectedProperty().set(list.organizations().stream()
                    .filter(organization -> organization.id() == montreal.id()).findFirst().orElseThrow());
            list.form().notesProperty().set("Rappeler lundi");
            CountDownLatch renamedAndAdded = new CountDownLatch(1);
            list.organizations().addListener((ListChangeListener<Organization>) change -> {
                if (list.organizations().stream().anyMatch(o -> o.name().equals("Refuge Winnipeg"))
                        && list.organizations().stream().anyMatch(o -> o.name().equals("Welcome Halifax NS"))) {
                    renamedAndAdded.countDown();
                }
            });

            try (AutoCloseable following = list.follow(here.database().changes())) {
                OrganizationDraft halifaxDraft = halifax.toDraft();
                there.membership().update(halifax.id(), new OrganizationDraft("Welcome Halifax NS",
                        halifaxDraft.nameOtherLanguage(), halifaxDraft.email(), halifaxDraft.phone(),
                        halifaxDraft.website(), halifaxDraft.streetAddress(), halifaxDraft.city(),
                        halifaxDraft.postalCode(), halifaxDraft.province(), halifaxDraft.language(),
                        halifaxDraft.services(), halifaxDraft.clienteles(), halifaxDraft.notes()));
                there.membership().apply(TestOffices.draft("Refuge Winnipeg", "refuge@example.org", Province.MB));

                // heard as the other workstation commits; the generous wait only bounds a broken feed
                assertThat(renamedAndAdded.await(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(list.organizations()).hasSize(3);
            assertThat(list.selectedProperty().get().id()).isEqualTo(montreal.id());
            assertThat(list.form().notesProperty().get()).isEqualTo("Rappeler lundi");
            assertThat(feedback.errors()).isEmpty();
        }
    }
}
