package ca.ccrweb.office.cli;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.office.LogoImages;
import ca.ccrweb.office.core.office.OfficeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code office-settings show} and {@code office-settings set}: the same settings as the Office settings tab. */
class OfficeSettingsCommandTest {
    @TempDir
    Path folder;

    @Test
    void setChangesOnlyWhatIsGivenAndShowPrintsTheSavedSettings() throws Exception {
        TestOffices.openSqlite(folder).close();
        String database = folder.resolve("office.db").toString();
        Path logo = folder.resolve("logo.svg");
        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                + "<rect width=\"120\" height=\"40\" fill=\"#A31F34\"/></svg>", StandardCharsets.UTF_8);

        CommandRun set = CommandRun.of("--database", database, "--language", "fr", "office-settings", "set",
                "--logo", logo.toString(), "--address-line", "6839, rue Drolet, bureau 301",
                "--address-line", "Montréal (Québec)  H2S 2T1", "--phone", "514-277-7223");
        CommandRun website = CommandRun.of("--database", database, "--language", "en", "office-settings", "set",
                "--website", "https://ccrweb.ca");
        CommandRun show = CommandRun.of("--database", database, "--language", "en", "office-settings", "show");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Paramètres du bureau enregistrés.");
        assertThat(website.exitCode()).as(website.err()).isZero();
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out().lines()).containsExactly(
                "Logo\timage/svg+xml, " + Files.size(logo) + " bytes",
                "Address\t6839, rue Drolet, bureau 301 / Montréal (Québec)  H2S 2T1",
                "Phone\t514-277-7223",
                "Email\t(none)",
                "Website\thttps://ccrweb.ca");
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            OfficeSettings saved = office.officeSettings().current();
            assertThat(saved.logoType()).isEqualTo(LogoImages.SVG);
            assertThat(saved.logo()).isEqualTo(Files.readAllBytes(logo));
        }
    }

    @Test
    void aFileThatIsNoLogoIsRefusedInTheUsersLanguageAndNothingChanges() throws Exception {
        TestOffices.openSqlite(folder).close();
        String database = folder.resolve("office.db").toString();
        Path notALogo = folder.resolve("logo.txt");
        Files.writeString(notALogo, "a logo, in words");

        CommandRun wrongFile = CommandRun.of("--database", database, "--language", "fr", "office-settings", "set",
                "--logo", notALogo.toString(), "--phone", "514-277-7223");
        CommandRun missing = CommandRun.of("--database", database, "--language", "en", "office-settings", "set",
                "--logo", folder.resolve("nowhere.png").toString());
        CommandRun both = CommandRun.of("--database", database, "--language", "en", "office-settings", "set",
                "--logo", notALogo.toString(), "--remove-logo");

        assertThat(wrongFile.exitCode()).isEqualTo(1);
        assertThat(wrongFile.err()).contains("Le logo doit être un fichier PNG, JPEG ou SVG.");
        assertThat(wrongFile.printedAStackTrace()).isFalse();
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("The logo file", "nowhere.png", "cannot be read");
        assertThat(missing.printedAStackTrace()).isFalse();
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("Give either --logo or --remove-logo, not both.");
        try (OfficeServices office = TestOffices.openSqlite(folder)) {
            assertThat(office.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
        }
    }
}
