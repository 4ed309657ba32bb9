package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.MembershipStatus;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports from the screens: written in the background with the real writers, cancellable, then offered to open. */
class ExportFlowTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private ExportFlow exports;
    private final List<Path> opened = new ArrayList<>();
    private final DesktopPreferences preferences = DesktopPreferences.inMemory();
    private List<Organization> organizations;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        SampleOffice.fill(testing.office);
        organizations = testing.office.membership().all();
        exports = new ExportFlow(testing.executor, preferences, testing.localizer, testing.feedback,
                new Dialogs(testing.localizer, () -> null), opened::add, FxTesting.CLOCK);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void anExportIsWrittenThenOfferedToOpen() throws Exception {
        Path file = folder.resolve("organizations.xlsx");
        ExportWriters writers = new CoreExportWriters(testing.office);

        exports.write(ExportFormat.XLSX, file, organizations.size(),
                writers.organizations(organizations, testing.localizer.messages()));

        assertThat(file).isRegularFile();
        assertThat(Files.readAllBytes(file)).startsWith('P', 'K');
        assertThat(testing.feedback.notifications()).containsExactly("organizations.xlsx is ready.");
        assertThat(testing.executor.backgroundWork().runningProperty().get()).isFalse();
        assertThat(preferences.lastExportFolder()).contains(folder);
    }

    @Test
    void csvExportsHaveTheHeadersInTheLanguageOfTheScreen() throws Exception {
        testing.localizer.setLanguage(Language.FR);
        Path file = folder.resolve("comptes.csv");
        var accounts = testing.office.accounts().all();

        exports.write(ExportFormat.CSV, file, accounts.size(),
                new CoreExportWriters(testing.office).accounts(accounts, testing.localizer.messages()));

        assertThat(Files.readString(file)).contains("Organisme").contains("Nguyễn Thị Lan");
    }

    @Test
    void cancellingStopsTheExportAndKeepsTheFileThatWasThere() throws Exception {
        Path file = folder.resolve("organizations.pdf");
        Files.writeString(file, "the export of last week");
        ListExport organizationsPdf = new CoreExportWriters(testing.office)
                .organizations(organizations, testing.localizer.messages());
        ListExport cancelledByStaff = (format, target, progress) -> {
            testing.executor.backgroundWork().cancel();
            organizationsPdf.write(format, target, progress);
        };

        exports.write(ExportFormat.PDF, file, organizations.size(), cancelledByStaff);

        assertThat(testing.feedback.errors()).singleElement().isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("the export of last week");
        assertThat(testing.feedback.notifications()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void theWelcomeLetterOfANewAccountIsAPdf() throws Exception {
        Organization member = organizations.stream()
                .filter(organization -> organization.status() == MembershipStatus.ACTIVE)
                .findFirst().orElseThrow();
        var administrator = testing.office.accounts().administratorOf(member.id()).orElseThrow();
        var issued = testing.office.accounts().issueNewActivationCode(administrator.id());
        Path letter = folder.resolve("welcome.pdf");

        new CoreExportWriters(testing.office).welcomeLetter(issued, member, letter);

        assertThat(Files.readAllBytes(letter)).startsWith('%', 'P', 'D', 'F');
    }
}
