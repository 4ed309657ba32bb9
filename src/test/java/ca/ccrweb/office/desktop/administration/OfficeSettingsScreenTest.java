package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.core.security.Session;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Administration → Office settings as the administrator uses it: a logo chosen and shown, the phone, Save. */
@ExtendWith(ApplicationExtension.class)
class OfficeSettingsScreenTest {
    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        Session session = new Session();
        office = OfficeServices.open(DatabaseSettings.sqliteFile(folder.resolve("t.db")), session);
        office.staff().createFirstAdministrator("marie", "Marie Tremblay", "correct horse battery");
        session.start(office.staff().signIn("marie", "correct horse battery"));
        executor = new FxTaskExecutor();
        FxTesting.show(stage, office, executor);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void anAdministratorChoosesTheLogoSeesItAndSavesItWithThePhone(FxRobot robot) throws Exception {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        robot.clickOn("#nav-administration");
        robot.clickOn("#officeSettingsTabHeader");
        OfficeSettingsView view = robot.lookup("#officeSettingsTab").query();
        robot.interact(() -> view.setOpenDialog(chooser -> logo.toFile()));
        assertThat(robot.lookup("#officeNoLogo").query().isVisible()).isTrue();

        robot.clickOn("#chooseLogoButton");
        waitUntil(() -> robot.lookup("#officeLogoPreview").<ImageView>query().getImage() != null);
        assertThat(robot.lookup("#officeNoLogo").query().isVisible()).isFalse();
        robot.clickOn("#officePhone").write("514-277-7223");
        robot.clickOn("#saveOfficeSettingsButton");

        waitUntil(() -> office.officeSettings().current().hasLogo());
        OfficeSettings saved = office.officeSettings().current();
        assertThat(saved.logoType()).isEqualTo("image/png");
        assertThat(saved.phone()).isEqualTo("514-277-7223");
        assertThat(FxTesting.missingTexts(robot.lookup("#officeSettingsTab").queryParent())).isEmpty();
    }
}
