package ca.ccrweb.office.desktop.security;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.core.security.SignedIn;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A new user's first minute: the first start asks for the administrator, who is then signed in. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private final List<SignedIn> signedIn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("office.db")), new Session());
        executor = new FxTaskExecutor();
        Localizer localizer = new Localizer(Language.FR);
        SignInViewModel viewModel = new SignInViewModel(office.staff(), office.staff().needsFirstAdministrator(),
                executor, localizer, signedIn::add);
        stage.setScene(new Scene(new SignInView(viewModel, localizer).root(), 900, 700));
        stage.show();
    }

    @Stop
    void stop() {
        executor.shutdown();
        office.close();
    }

    @Test
    void theFirstStartCreatesTheAdministratorWhoIsSignedIn(FxRobot robot) {
        robot.clickOn("#signInUsername").write("direction");
        robot.clickOn("#signInFullName").write("Amina Haddad");
        robot.clickOn("#signInPassword").write("un mot de passe sûr");
        robot.clickOn("#signInConfirmation").write("un mot de passe sûr");
        robot.clickOn("#signInButton");

        waitUntil(() -> !signedIn.isEmpty());
        assertThat(signedIn.getFirst().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(signedIn.getFirst().user().fullName()).isEqualTo("Amina Haddad");
        assertThat(office.staff().needsFirstAdministrator()).isFalse();
    }
}
