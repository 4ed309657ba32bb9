package ca.ccrweb.office.desktop.security;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import ca.ccrweb.office.desktop.membership.ApplicationsViewModel;
import ca.ccrweb.office.desktop.membership.OrganizationFormViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewModelTest {
    private static final String PASSWORD = "un mot de passe sûr";

    @TempDir
    Path folder;

    private final Session session = new Session();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final Localizer localizer = new Localizer(Language.EN);
    private final List<SignedIn> signedIn = new ArrayList<>();
    private OfficeServices office;

    @BeforeEach
    void openOffice() {
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("t.db")), session);
    }

    @AfterEach
    void closeOffice() {
        office.close();
    }

    private SignInViewModel door() {
        return new SignInViewModel(office.staff(), office.staff().needsFirstAdministrator(), executor, localizer,
                signedIn::add);
    }

    private void createAdministrator() {
        SignInViewModel first = door();
        first.usernameProperty().set("direction");
        first.fullNameProperty().set("Amina Haddad");
        first.passwordProperty().set(PASSWORD);
        first.confirmationProperty().set(PASSWORD);
        first.submit();
    }

    @Test
    void theFirstStartAsksForTheAdministratorThenSignsItIn() {
        assertThat(door().firstStartProperty().get()).isTrue();

        createAdministrator();

        assertThat(signedIn).singleElement().satisfies(person -> assertThat(person.role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(door().firstStartProperty().get()).isFalse();
    }

    @Test
    void twoDifferentPasswordsAtTheFirstStartAreRefusedBesideTheField() {
        SignInViewModel first = door();
        first.usernameProperty().set("direction");
        first.fullNameProperty().set("Amina Haddad");
        first.passwordProperty().set(PASSWORD);
        first.confirmationProperty().set("autre chose tout à fait");

        first.submit();

        assertThat(first.confirmationErrorProperty().get()).isEqualTo("The two passwords differ.");
        assertThat(office.staff().needsFirstAdministrator()).isTrue();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoAndLetsNobodyIn() {
        createAdministrator();
        signedIn.clear();
        SignInViewModel door = door();
        door.usernameProperty().set("direction");
        door.passwordProperty().set("not the password");

        door.submit();

        assertThat(door.messageProperty().get()).isEqualTo("Wrong user name or password.");
        assertThat(door.passwordProperty().get()).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aViewerWhoTriesToApproveIsRefusedAndTheApplicationStaysPending() {
        createAdministrator();
        session.start(signedIn.getFirst());
        Organization pending = office.membership().apply(SampleOffice.draft("Maison Bienvenue", null,
                "info@bienvenue.example", "Montréal", Province.QC, Language.FR));
        office.staff().createUser("lecture", "Zoë Côté", Role.VIEWER, "mot de passe temporaire");
        session.start(office.staff().signIn("lecture", "mot de passe temporaire"));
        RecordingFeedback feedback = new RecordingFeedback();
        ApplicationsViewModel applications = new ApplicationsViewModel(office.membership(), executor, feedback, localizer,
                (issued, organization) -> { }, new OrganizationFormViewModel(office.membership(), executor, feedback,
                localizer, FxTesting.CLOCK));
        applications.load();
        applications.selectedProperty().set(applications.shown().getFirst());

        applications.approve(null, () -> { });

        assertThat(office.membership().find(pending.id()).orElseThrow().status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(feedback.errors()).singleElement().isInstanceOfSatisfying(OfficeException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("security.error.denied"));
    }
}
