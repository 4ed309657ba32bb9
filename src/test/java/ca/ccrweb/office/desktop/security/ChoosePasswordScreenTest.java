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
import javafx.scene.control.Labeled;
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

/** A person whose password an administrator reset signs in, must choose their own, and only then goes on. */
@ExtendWith(ApplicationExtension.class)
class ChoosePasswordScreenTest {
    private static final String TEMPORARY = "temporaire du bureau";

    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private final List<SignedIn> wentOn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("office.db")), new Session());
        office.staff().createFirstAdministrator("direction", "Amina Haddad", "le mot de passe de la direction");
        OfficeServices asAdministrator = new OfficeServices(office.database(), office.clock(),
                office.staff().signIn("direction", "le mot de passe de la direction"));
        long paul = asAdministrator.staff().createUser("paul", "Paul Nguyen", Role.STAFF, "premier temporaire").id();
        asAdministrator.staff().resetPassword(paul, TEMPORARY);

        executor = new FxTaskExecutor();
        Localizer localizer = new Localizer(Language.EN);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 900, 700));
        PasswordGate gate = new PasswordGate(office.staff(), executor, localizer,
                root -> stage.getScene().setRoot(root));
        SignInViewModel signIn = new SignInViewModel(office.staff(), false, executor, localizer,
                signedIn -> gate.pass(signedIn, wentOn::add, () -> { }));
        stage.getScene().setRoot(new SignInView(signIn, localizer).root());
        stage.show();
    }

    @Stop
    void stop() {
        executor.shutdown();
        office.close();
    }

    @Test
    void aResetPasswordMustBeReplacedBeforeTheMainWindowAndTheTemporaryOneIsRefused(FxRobot robot) {
        robot.clickOn("#signInUsername").write("paul");
        robot.clickOn("#signInPassword").write(TEMPORARY);
        robot.clickOn("#signInButton");

        waitUntil(() -> robot.lookup("#choosePasswordPage").tryQuery().isPresent());
        assertThat(wentOn).isEmpty();
        robot.clickOn("#chosenPassword").write(TEMPORARY);
        robot.clickOn("#chosenPasswordAgain").write(TEMPORARY);
        robot.clickOn("#choosePasswordButton");
        waitUntil(() -> robot.lookup("Choose a password different from the current one.").tryQuery().isPresent());
        assertThat(wentOn).isEmpty();

        robot.doubleClickOn("#chosenPassword").eraseText(TEMPORARY.length()).write("le secret de Paul");
        robot.doubleClickOn("#chosenPasswordAgain").eraseText(TEMPORARY.length()).write("le secret de Paul");
        robot.clickOn("#choosePasswordButton");

        waitUntil(() -> !wentOn.isEmpty());
        assertThat(wentOn.getFirst().user().username()).isEqualTo("paul");
        assertThat(wentOn.getFirst().user().mustChangePassword()).isFalse();
        assertThat(office.staff().signIn("paul", "le secret de Paul").user().mustChangePassword()).isFalse();
        assertThat(robot.lookup(".label").<Labeled>queryAll()).noneMatch(label -> label.getText() != null
                && label.getText().matches(".*![a-zA-Z.]+!.*"));
    }
}
