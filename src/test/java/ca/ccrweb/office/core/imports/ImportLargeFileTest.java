package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file larger than the office's usual ones: its first rows shown at once, then all of it written and undone. */
class ImportLargeFileTest {
    private static final int ROWS = 25_000;
    private static final Messages ENGLISH = Messages.of(Language.EN);

    @TempDir
    Path folder;

    /** People with accents, two of them already known (one by email, one by name and organization), one repeated. */
    private Path people(String name, Charset charset) throws Exception {
        StringBuilder text = new StringBuilder("Nom complet;Courriel;Téléphone;Langue;Organisme\r\n");
        text.append("Jean Roy;JEAN@example.org;514-555-0101;fr;Groupe citoyen\r\n");
        text.append("awa diallo;;;fr;Carrefour\r\n");
        text.append("Zoé Côté;zoe@example.org;;fr;\r\n");
        text.append("Zoé Côté bis;zoe@example.org;;fr;\r\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("Marie-Ève Tremblay ").append(i).append(";personne").append(i).append("@example.org;;")
                    .append(i % 2 == 0 ? "fr" : "English").append(";Groupe ").append(i % 300).append("\r\n");
        }
        return Files.write(folder.resolve(name), text.toString().getBytes(charset));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFirstRowsOfALargeFilePreviewAsTheyWillInTheWholeFileAndAreNeverImportedAlone(Engine engine)
            throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        office.contacts().findOrCreate(new ContactDraft("Jean Roy", "jean@example.org", null, Language.FR, null,
                "Groupe citoyen"));
        office.contacts().findOrCreate(new ContactDraft("Awa Diallo", null, null, Language.FR, null, "Carrefour"));

        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            Path file = people("people-" + charset.name() + ".csv", charset);
            assertThat(Files.size(file)).as("larger than a file read whole at once").isGreaterThan(1 << 20);

            ImportFile first = office.imports().readFirst(file, 100);
            ImportFile whole = office.imports().read(file);

            assertThat(first.complete()).isFalse();
            assertThat(whole.complete()).isTrue();
            assertThat(first.rows()).hasSize(100);
            assertThat(first.cell(2, 0)).isEqualTo("Zoé Côté");
            ImportSettings settings = office.imports().propose(first, ImportKind.CONTACTS, null);
            ImportPreview firstPreview = office.imports().preview(first, settings);
            ImportPreview wholePreview = office.imports().preview(whole, settings);
            assertThat(firstPreview.rows()).hasSize(100);
            for (int i = 0; i < 100; i++) {
                PreviewRow shown = firstPreview.rows().get(i);
                PreviewRow later = wholePreview.rows().get(i);
                assertThat(shown.line()).isEqualTo(later.line());
                assertThat(shown.status()).as("line %d", shown.line()).isEqualTo(later.status());
                assertThat(shown.duplicate()).isEqualTo(later.duplicate());
                assertThat(shown.errors()).extracting(error -> error.localizedMessage(ENGLISH))
                        .isEqualTo(later.errors().stream().map(error -> error.localizedMessage(ENGLISH)).toList());
            }
            assertThat(firstPreview.rows()).extracting(PreviewRow::status).startsWith(RowStatus.DUPLICATE,
                    RowStatus.DUPLICATE, RowStatus.NEW, RowStatus.ERROR, RowStatus.NEW);
            assertThatThrownBy(() -> office.imports().importRows(first, settings, ImportProgress.NONE, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(office.contacts().all()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLargeImportIsWrittenInOneBatchAndUndoneWhileNothingChangedThenRefusedOnceSomeoneEditsAPerson(Engine engine)
            throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Path file = people("people.csv", StandardCharsets.UTF_8);
        ImportFile whole = office.imports().read(file);
        ImportSettings settings = office.imports().propose(whole, ImportKind.CONTACTS, null);

        ImportResult first = office.imports().importRows(whole, settings, ImportProgress.NONE, false);

        assertThat(first.created()).isEqualTo(ROWS + 3);
        assertThat(first.errorRows()).isEqualTo(1);
        List<Contact> all = office.contacts().all();
        assertThat(all).hasSize(ROWS + 3);
        assertThat(all).extracting(Contact::fullName).contains("Zoé Côté", "Marie-Ève Tremblay 24999");
        office.imports().undo(first.batchId());
        assertThat(office.contacts().all()).isEmpty();

        ImportResult second = office.imports().importRows(whole, settings, ImportProgress.NONE, false);
        Contact zoe = office.contacts().all().stream().filter(c -> c.fullName().equals("Zoé Côté")).findFirst()
                .orElseThrow();
        office.contacts().update(zoe.id(), new ContactDraft("Zoé Côté", "zoe@example.org", "613-555-0199",
                Language.FR, null, null));

        assertThatThrownBy(() -> office.imports().undo(second.batchId())).isInstanceOf(OfficeException.class);
        assertThat(office.contacts().all()).hasSize(ROWS + 3);
    }
}
