package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.AccountExport;
import ca.ccrweb.office.core.accounts.IndividualAccountDraft;
import ca.ccrweb.office.core.accounts.IndividualRole;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.contacts.ContactExport;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExport;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.OrganizationExport;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** An export of each kind, imported into an empty database, gives the same records: the same export again. */
class ImportRoundTripTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyExportComesBackTheSameIntoAnEmptyDatabase(Engine engine) throws Exception {
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        OfficeServices source = TestOffices.open(engine, folder.resolve("a"));
        Messages messages = Messages.of(Language.FR);
        Organization member = source.membership().approve(source.membership().apply(new OrganizationDraft(
                "Comité d’aide aux réfugiés", "Refugee Aid Committee", "info@car.example", "514-555-0100", null, null,
                "Montréal", null, Province.QC, Language.FR, Set.of(ServiceOffered.SETTLEMENT, ServiceOffered.HOUSING),
                Set.of(Clientele.REFUGEE_CLAIMANTS), null)).id(), null).organization();
        source.membership().apply(new OrganizationDraft("جمعية الترحيب", null, "welcome@example.org", null, null, null,
                "Edmonton", null, Province.AB, Language.EN, Set.of(), Set.of(Clientele.WOMEN, Clientele.YOUTH), null));
        source.accounts().addIndividual(member.id(), new IndividualAccountDraft("Nguyễn Thị Hoa", "hoa@example.org",
                IndividualRole.BOARD_MEMBER));
        source.contacts().findOrCreate(new ContactDraft("Tesfay Gebremariam", "tesfay@example.org", "613-555-0142",
                Language.EN, null, "Groupe citoyen"));
        Event event = event(source);
        for (String[] person : new String[][]{{"Amina Haddad", "amina@example.org"}, {"Jean Roy", "jean@example.org"}}) {
            source.registrations().register(event.id(), new RegistrationDraft(new ContactDraft(person[0], person[1],
                    null, Language.FR, member.id(), null), member.id(), null, null, Set.of(), Set.of(), Language.FR,
                    null, null, null, null, LocalDate.of(2026, 11, 23)));
        }

        Path organizations = export(source, OrganizationExport.table(source.membership().all(), messages),
                ExportFormat.XLSX, "organisations.xlsx");
        Path accounts = export(source, AccountExport.table(source.accounts().all(), messages), ExportFormat.CSV,
                "comptes.csv");
        Path contacts = export(source, contacts(source, messages), ExportFormat.XLSX, "contacts.xlsx");
        Path registrations = export(source, RegistrationExport.registrations(event, source.registrations()
                .ofEvent(event.id()), RegistrationExport.DEFAULT_COLUMNS, messages), ExportFormat.CSV, "inscriptions.csv");

        OfficeServices empty = TestOffices.open(engine, folder.resolve("b"));
        importAll(empty, organizations, ImportKind.ORGANIZATIONS, null);
        importAll(empty, accounts, ImportKind.ACCOUNTS, null);
        importAll(empty, contacts, ImportKind.CONTACTS, null);
        Event again = event(empty);
        importAll(empty, registrations, ImportKind.REGISTRATIONS, again.id());

        assertThat(csv(empty, OrganizationExport.table(empty.membership().all(), messages)))
                .isEqualTo(csv(source, OrganizationExport.table(source.membership().all(), messages)));
        assertThat(csv(empty, AccountExport.table(empty.accounts().all(), messages)))
                .isEqualTo(csv(source, AccountExport.table(source.accounts().all(), messages)));
        assertThat(csv(empty, contacts(empty, messages))).isEqualTo(csv(source, contacts(source, messages)));
        assertThat(csv(empty, RegistrationExport.registrations(again, empty.registrations().ofEvent(again.id()),
                RegistrationExport.DEFAULT_COLUMNS, messages)))
                .isEqualTo(csv(source, RegistrationExport.registrations(event, source.registrations().ofEvent(event.id()),
                        RegistrationExport.DEFAULT_COLUMNS, messages)));
    }

    private static Event event(OfficeServices office) {
        Event event = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27),
                LocalDate.of(2027, 5, 29), "Halifax", null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.MEMBER, "Membre", "Member", 20_000L,
                8_000L, null, null));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                30_000L, 12_000L, null, null));
        return event;
    }

    private static TableExport<Contact> contacts(OfficeServices office, Messages messages) {
        Map<Long, String> names = office.membership().all().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
        return ContactExport.table(office.contacts().all(), names, messages);
    }

    private Path export(OfficeServices office, TableExport<?> table, ExportFormat format, String name) throws Exception {
        Path file = folder.resolve(name);
        office.export(table, format, file, ExportProgress.NONE);
        return file;
    }

    private String csv(OfficeServices office, TableExport<?> table) throws Exception {
        Path file = Files.createTempFile(folder, "compare", ".csv");
        office.export(table, ExportFormat.CSV, file, ExportProgress.NONE);
        return Files.readString(file);
    }

    private static void importAll(OfficeServices office, Path file, ImportKind kind, Long event) {
        ImportFile read = office.imports().read(file);
        ImportResult result = office.imports().importRows(read, office.imports().propose(read, kind, event),
                ImportProgress.NONE, false);
        assertThat(result.errors()).as(kind + " " + result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(read.rows().size());
    }
}
