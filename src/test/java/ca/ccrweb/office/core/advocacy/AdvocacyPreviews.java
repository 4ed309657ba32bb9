package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Not part of the suite (its name ends in neither Test nor Tests): writes the demo campaign's report and filled
 * letters in both languages to {@code advocacy.previews} (default target/advocacy-previews) to look at, e.g.
 * {@code ./mvnw test -Dtest=AdvocacyPreviews}.
 */
class AdvocacyPreviews {
    @TempDir
    Path folder;

    @Test
    void writeThePreviews() throws Exception {
        Path out = Path.of(System.getProperty("advocacy.previews", "target/advocacy-previews"));
        Files.createDirectories(out);
        OfficeServices office = TestOffices.openSqlite(folder);
        DemoData.generate(office, 1, DemoData.DEFAULT_SEED);
        DemoAdvocacy.generate(office, DemoData.DEFAULT_SEED);
        Campaign campaign = office.advocacy().campaigns().getFirst();
        for (Language language : Language.values()) {
            office.advocacy().writeReport(campaign.id(), language, office.officeSettings().current(), out.resolve("report-" + language.code() + ".pdf"));
            for (ModelLetter letter : office.advocacy().letters(campaign.id())) {
                if (letter.language() != language) {
                    continue;
                }
                boolean french = language == Language.FR;
                LetterFields fields = letter.audience() == Audience.ORGANIZATIONS
                        ? new LetterFields(french ? "Comité d’aide aux réfugiés de Montréal" : "Halifax Refugee Clinic",
                        french ? "1 rue Principale\nMontréal (Québec)  H2X 1Y4" : "5 Spring Garden Road\nHalifax, NS  B3J 1E5",
                        french ? Province.QC : Province.NS, french ? "Hélène Nguyễn Thị Hương" : "محمد عبد الله",
                        french ? "Directrice générale" : "Executive Director", "Marc Miller", null, null, null,
                        LocalDate.now(office.clock()))
                        : new LetterFields(null, "12 Main Street, Winnipeg, MB", Province.MB, "Yonas Tesfamariam", null,
                        "Leah Gazan", null, null, "Winnipeg Centre", LocalDate.now(office.clock()));
                String name = "letter-" + language.code() + "-" + letter.audience().name().toLowerCase();
                office.advocacy().writeLetter(letter.id(), fields, LetterFormat.PDF, out.resolve(name + ".pdf"));
                office.advocacy().writeLetter(letter.id(), fields, LetterFormat.DOCX, out.resolve(name + ".docx"));
            }
        }
    }
}
