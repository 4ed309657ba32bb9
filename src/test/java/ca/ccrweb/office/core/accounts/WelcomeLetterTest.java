package ca.ccrweb.office.core.accounts;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.export.PdfA;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.ApprovalResult;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeLetterTest {
    @TempDir
    Path folder;

    private String letterText(Language language, String name) throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder.resolve(language.code()));
        long id = office.membership().apply(new OrganizationDraft(name, null, "direction@example.org", null, null,
                "1234, boulevard Saint-Laurent", "Montréal", "H2X 2S6", Province.QC, language, Set.of(), Set.of(),
                null)).id();
        ApprovalResult approval = office.membership().approve(id, null);
        Path file = folder.resolve("welcome-" + language.code() + ".pdf");

        WelcomeLetter.write(approval.administrator(), approval.organization(), LocalDate.of(2026, 11, 23), file);
        java.nio.file.Files.copy(file, Path.of(System.getProperty("java.io.tmpdir"), file.getFileName().toString()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        PdfA.assertPdfA2u(java.nio.file.Files.readAllBytes(file));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            assertThat(pdf.getNumberOfPages()).as("one page").isEqualTo(1);
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(text).contains(approval.administrator().activationCode(),
                    approval.administrator().account().username(), "direction@example.org");
            return text;
        }
    }

    @Test
    void theLetterIsInFrenchForAFrenchSpeakingOrganizationWithItsActivationCode() throws Exception {
        assertThat(letterText(Language.FR, "Centre d’accueil et d’intégration de l’Estrie"))
                .contains("Bienvenue dans l’espace des membres du CCR", "23 novembre 2026",
                        "Centre d’accueil et d’intégration de l’Estrie", "Code d’activation", "ccrweb.ca/fr/creer-un-compte");
    }

    @Test
    void theLetterIsInEnglishForAnEnglishSpeakingOrganization() throws Exception {
        assertThat(letterText(Language.EN, "Welcome Place"))
                .contains("Welcome to the CCR member area", "November 23, 2026", "Activation code",
                        "ccrweb.ca/en/create-account");
    }
}
