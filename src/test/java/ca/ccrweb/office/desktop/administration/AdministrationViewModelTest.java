package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.audit.AuditOutcome;
import ca.ccrweb.office.core.backup.BackupService;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.Backups;
import ca.ccrweb.office.core.db.CandidateDatabase;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.security.StaffUser;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.ProgressReporter;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The Administration tabs' view models over a real SQLite file, signed in as the first administrator. */
class AdministrationViewModelTest {
    private static final String ADMIN_PASSWORD = "correct horse battery";

    @TempDir
    Path folder;

    private OfficeServices office;
    private Session session;
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final RecordingFeedback feedback = new RecordingFeedback();
    private final Localizer localizer = new Localizer(Language.EN);
    private final List<String> shownPasswords = new ArrayList<>();

    @BeforeEach
    void signInAsTheFirstAdministrator() {
        session = new Session();
        office = FxTesting.openOffice(folder, session);
        office.staff().createFirstAdministrator("marie", "Marie Tremblay", ADMIN_PASSWORD);
        session.start(office.staff().signIn("marie", ADMIN_PASSWORD));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private PeopleViewModel people() {
        PeopleViewModel people = new PeopleViewModel(office.staff(), executor, feedback, localizer,
                (user, password) -> shownPasswords.add(user.username() + ":" + password), session::current);
        people.load();
        return people;
    }

    private StaffUser user(PeopleViewModel people, String username) {
        return people.users().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void creatingAUserAddsThemWithATemporaryPasswordToChange() {
        PeopleViewModel people = people();
        people.usernameProperty().set("paul");
        people.fullNameProperty().set("Paul Nguyen");
        people.roleProperty().set(Role.CASEWORKER);
        String temporary = people.temporaryPasswordProperty().get();

        people.createUser();

        assertThat(feedback.errors()).isEmpty();
        StaffUser paul = user(people, "paul");
        assertThat(paul.role()).isEqualTo(Role.CASEWORKER);
        assertThat(paul.mustChangePassword()).isTrue();
        assertThat(people.usernameProperty().get()).isEmpty();
        assertThat(people.countTextProperty().get()).isEqualTo("2 people");
        assertThat(shownPasswords).as("the password given is shown before a new one is proposed")
                .containsExactly("paul:" + temporary);
        assertThat(people.temporaryPasswordProperty().get()).isNotEqualTo(temporary);
        assertThat(office.staff().signIn("paul", temporary).user().fullName()).isEqualTo("Paul Nguyen");
    }

    @Test
    void aTakenUserNameIsRefusedBesideTheField() {
        PeopleViewModel people = people();
        people.usernameProperty().set("Marie");
        people.fullNameProperty().set("Another Marie");

        people.createUser();

        assertThat(people.errors().text("username").get()).isEqualTo("This user name is already taken.");
        assertThat(people.fullNameProperty().get()).isEqualTo("Another Marie");
        assertThat(feedback.errors()).isEmpty();
        assertThat(people.users()).hasSize(1);
    }

    @Test
    void resettingAPasswordShowsTheNewTemporaryPasswordOnce() {
        PeopleViewModel people = people();
        StaffUser paul = office.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "first temporary");
        people.load();
        people.selectedProperty().set(user(people, "paul"));

        people.resetSelectedPassword();

        assertThat(shownPasswords).hasSize(1);
        String shown = shownPasswords.getFirst().substring("paul:".length());
        assertThat(office.staff().signIn("paul", shown).user().id()).isEqualTo(paul.id());
    }

    @Test
    void disablingAUserKeepsThemFromSigningInAndEnablingLetsThemBack() {
        PeopleViewModel people = people();
        office.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "first temporary");
        people.load();
        people.selectedProperty().set(user(people, "paul"));

        people.disableSelected();

        assertThat(user(people, "paul").active()).isFalse();
        assertThat(people.canEnableProperty().get()).isTrue();
        assertThat(feedback.notifications()).contains("Paul Nguyen is disabled.");
        people.enableSelected();
        assertThat(user(people, "paul").active()).isTrue();
    }

    @Test
    void anAdministratorIsMarkedAsHandlingCasesAndTheMarkIsTakenAwayAgain() {
        PeopleViewModel people = people();
        office.staff().createUser("ines", "Inès Haddad", Role.ADMINISTRATOR, "first temporary");
        office.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "first temporary");
        people.load();
        people.selectedProperty().set(user(people, "paul"));
        assertThat(people.canChangeCaseHandlingProperty().get()).as("staff never handle cases").isFalse();

        people.selectedProperty().set(user(people, "ines"));
        assertThat(people.canChangeCaseHandlingProperty().get()).isTrue();
        people.toggleSelectedHandlesCases();

        assertThat(user(people, "ines").handlesCases()).isTrue();
        assertThat(office.staff().signIn("ines", "first temporary").handlesCases()).isTrue();
        assertThat(feedback.notifications()).contains("Inès Haddad can open case files from the next sign-in.");
        people.toggleSelectedHandlesCases();
        assertThat(office.staff().all().stream().filter(user -> user.username().equals("ines")).findFirst()
                .orElseThrow().handlesCases()).isFalse();
    }

    @Test
    void theSignedInAdministratorCannotDisableThemself() {
        PeopleViewModel people = people();
        people.selectedProperty().set(user(people, "marie"));

        assertThat(people.canDisableProperty().get()).isFalse();
    }

    @Test
    void theAuditTrailIsFilteredByWordsOutcomeAndPeriodThenExported() throws Exception {
        office.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "first temporary");
        Session paulSession = new Session();
        try (OfficeServices asPaul = FxTesting.openOffice(folder, paulSession)) {
            paulSession.start(asPaul.staff().signIn("paul", "first temporary"));
            try {
                asPaul.staff().createUser("eve", "Eve", Role.ADMINISTRATOR, "eve password 1");
            } catch (OfficeException refused) {
                // the refusal is what the trail must show
            }
        }
        AuditTrailViewModel audit = new AuditTrailViewModel(office.auditTrail(), executor, feedback, localizer,
                ZoneId.systemDefault());
        audit.load();
        assertThat(audit.entries()).extracting(AuditEntry::action).startsWith("CREATE_STAFF_USER");
        int all = audit.entries().size();

        audit.outcomeProperty().set(AuditOutcome.DENIED);
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("paul");
            assertThat(entry.action()).isEqualTo("CREATE_STAFF_USER");
        });

        audit.clearFilters();
        audit.searchProperty().set("staff_user CREATE");
        assertThat(audit.entries()).extracting(AuditEntry::action).containsOnly("CREATE", "CREATE_STAFF_USER");
        audit.selectedProperty().set(audit.entries().stream().filter(e -> e.action().equals("CREATE"))
                .findFirst().orElseThrow());
        assertThat(audit.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("User name");
            assertThat(change.before()).isEqualTo("—");
            assertThat(change.after()).isEqualTo("paul");
        });
        assertThat(audit.sentenceProperty().get()).startsWith(audit.readingProperty().get().who(
                audit.selectedProperty().get()) + " created the staff account ");

        audit.clearFilters();
        audit.toProperty().set(LocalDate.now(FxTesting.CLOCK).minusDays(1));
        assertThat(audit.entries()).isEmpty();
        assertThat(audit.countTextProperty().get()).isEqualTo("0 lines");
        audit.toProperty().set(null);
        audit.fromProperty().set(LocalDate.now(FxTesting.CLOCK));
        assertThat(audit.entries()).hasSize(all);

        Path file = folder.resolve("audit.csv");
        new CoreExportWriters(office).audit(List.copyOf(audit.entries()), localizer.messages())
                .write(ExportFormat.CSV, file, quiet());
        assertThat(Files.readString(file)).as("the export reads as the screen does")
                .contains("Created the staff account").contains("Marie Tremblay").contains("User name: — → paul")
                .doesNotContain("CREATE_STAFF_USER").doesNotContain("\"username\"");
        assertThat(office.audit().entries(null, null, 1).getFirst().action()).isEqualTo("EXPORT");
        assertThat(feedback.errors()).isEmpty();
    }

    @Test
    void aBackupMadeNowIsListedWithItsSize() {
        Path backupFolder = folder.resolve("backups");
        List<Path> restored = new ArrayList<>();
        List<java.time.Instant> toldTheStatusBar = new ArrayList<>();
        BackupsViewModel backups = new BackupsViewModel(
                new BackupService(office.database(),
                        () -> new Backups(office.database().settings(), backupFolder, 10, office.clock()),
                        office.audit(), office.access()), executor, feedback, localizer, restored::add,
                toldTheStatusBar::add);
        backups.load();
        assertThat(backups.files()).isEmpty();

        backups.backUpNow();

        assertThat(feedback.errors()).isEmpty();
        assertThat(backups.files()).singleElement().satisfies(file -> {
            assertThat(file.path().getParent()).isEqualTo(backupFolder);
            assertThat(file.bytes()).isPositive();
        });
        assertThat(backups.folderProperty().get()).isEqualTo(backupFolder.toAbsolutePath().toString());
        assertThat(backups.countTextProperty().get()).isEqualTo("1 backup");
        assertThat(backups.selectedProperty().get()).isEqualTo(backups.files().getFirst());
        assertThat(toldTheStatusBar).containsExactly(backups.files().getFirst().madeAt());
    }

    @Test
    void aCopySavedToAnotherDiskIsCheckedAndLeavesTheBackupFolderAsItWas() {
        Path backupFolder = folder.resolve("backups");
        Path usbKey = folder.resolve("usb key").resolve("ccr-office-copy.db");
        BackupsViewModel backups = new BackupsViewModel(
                new BackupService(office.database(),
                        () -> new Backups(office.database().settings(), backupFolder, 10, office.clock()),
                        office.audit(), office.access()), executor, feedback, localizer, restored -> { });
        backups.load();

        backups.saveCopyTo(usbKey);

        assertThat(feedback.errors()).isEmpty();
        assertThat(feedback.notifications()).containsExactly("Copy saved and checked: " + usbKey.toAbsolutePath());
        assertThatCode(() -> CandidateDatabase.verify(usbKey)).as("the copy passes a restore's check")
                .doesNotThrowAnyException();
        assertThat(backups.files()).isEmpty();
        assertThat(backups.workingProperty().get()).isFalse();
    }

    @Test
    void changingMyPasswordNeedsTheCurrentOneAndTheNewOneTwice() {
        MyPasswordViewModel password = new MyPasswordViewModel(office.staff(), executor, feedback, localizer,
                session::current);
        password.currentPasswordProperty().set("wrong password");
        password.newPasswordProperty().set("a brand new secret");
        password.newPasswordAgainProperty().set("a brand new secret!");

        password.change();
        assertThat(password.againErrorTextProperty().get()).isEqualTo("The two new passwords are not the same.");

        password.newPasswordAgainProperty().set("a brand new secret");
        password.change();
        assertThat(password.errors().text("currentPassword").get()).isEqualTo("This is not your current password.");

        password.currentPasswordProperty().set(ADMIN_PASSWORD);
        password.change();
        assertThat(feedback.errors()).isEmpty();
        assertThat(feedback.notifications()).contains("Your password is changed.");
        assertThat(password.currentPasswordProperty().get()).isEmpty();
        SignedIn again = office.staff().signIn("marie", "a brand new secret");
        assertThat(again.user().username()).isEqualTo("marie");
    }

    private static ProgressReporter quiet() {
        return new ProgressReporter() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
