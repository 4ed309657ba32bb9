package ca.ccrweb.office.desktop.administration;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.office.OfficeSettings;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.RecordingFeedback;
import ca.ccrweb.office.desktop.common.SynchronousTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Office settings tab's view model over a real SQLite file. */
class OfficeSettingsViewModelTest {
    @TempDir
    Path folder;

    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final RecordingFeedback feedback = new RecordingFeedback();

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aChosenLogoAndTheAddressAreSavedForEveryWorkstationAndShownAgain() throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder);
        OfficeSettingsViewModel settings = new OfficeSettingsViewModel(office.officeSettings(), executor, feedback,
                new Localizer(Language.FR));
        settings.load();
        assertThat(settings.logoProperty().get()).isNull();
        byte[] logo = png();

        settings.setLogo(logo);
        settings.addressLinesProperty().set("6839, rue Drolet\nMontréal (Québec)");
        settings.phoneProperty().set("514-277-7223");
        settings.save();

        OfficeSettings saved = office.officeSettings().current();
        assertThat(saved.logo()).isEqualTo(logo);
        assertThat(saved.addressLines()).isEqualTo("6839, rue Drolet\nMontréal (Québec)");
        assertThat(feedback.notifications()).contains("Paramètres du bureau enregistrés.");
        OfficeSettingsViewModel again = new OfficeSettingsViewModel(office.officeSettings(), executor, feedback,
                new Localizer(Language.FR));
        again.load();
        assertThat(again.logoProperty().get()).isEqualTo(logo);
        assertThat(again.phoneProperty().get()).isEqualTo("514-277-7223");
    }

    @Test
    void aFileThatIsNoPictureIsRefusedBesideTheLogoInTheUsersLanguage() {
        OfficeServices office = TestOffices.openSqlite(folder);
        OfficeSettingsViewModel settings = new OfficeSettingsViewModel(office.officeSettings(), executor, feedback,
                new Localizer(Language.FR));
        settings.load();

        settings.setLogo("%PDF-1.7 not a picture".getBytes());
        settings.save();

        assertThat(settings.errors().text("logo").get()).isEqualTo("Le logo doit être un fichier PNG, JPEG ou SVG.");
        assertThat(office.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
        settings.removeLogo();
        assertThat(settings.errors().text("logo").get()).isEmpty();
    }

    @Test
    void anSvgLogoIsSavedAndSaysWhereItShowsSinceTheScreenCannotDrawIt() {
        OfficeServices office = TestOffices.openSqlite(folder);
        OfficeSettingsViewModel settings = new OfficeSettingsViewModel(office.officeSettings(), executor, feedback,
                new Localizer(Language.FR));
        settings.load();
        assertThat(settings.logoNote().get()).startsWith("Aucun logo").endsWith("les lettres impriment le nom du Conseil.");

        settings.setLogo(("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40'>"
                + "<rect width='120' height='40' fill='#A31F34'/></svg>").getBytes());
        settings.save();

        assertThat(settings.errors().text("logo").get()).isEmpty();
        assertThat(settings.logoNote().get()).startsWith("Logo SVG choisi");
        assertThat(office.officeSettings().current().logoType()).isEqualTo("image/svg+xml");
    }
}
