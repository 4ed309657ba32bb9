package ca.ccrweb.office.desktop.events;

import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.PaymentMethod;
import ca.ccrweb.office.core.events.PaymentStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.events.RegistrationStatus;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import ca.ccrweb.office.desktop.common.CoreExportWriters;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.DesktopPreferences;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.ExportWriters;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private EventSamples samples;
    private EventViewModel page;
    private RegistrationsViewModel list;
    private Registration amina;
    private Registration jean;
    private Registration zoe;
    private Registration waiting;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        var office = testing.office;
        samples = EventSamples.consultation(office, 3);
        long member = testing.member("Halifax Refugee Clinic", "clinic@example.org", "Halifax", Province.NS).id();
        long eventId = samples.consultation.id();
        amina = office.registrations().register(eventId, EventSamples.person("Amina Haddad", "amina@example.org",
                member, null));
        jean = office.registrations().register(eventId, EventSamples.person("Jean Roy", "jean@example.org", null,
                "Église unie Saint-Jean"));
        zoe = office.registrations().register(eventId, EventSamples.person("Zoë Côté", "zoe@example.org", null,
                "Groupe citoyen de Dartmouth"));
        waiting = office.registrations().register(eventId, EventSamples.person("Élodie Lévesque", "elodie@example.org",
                member, null));
        office.payments().recordPayment(amina.id(), 25_000, LocalDate.now(FxTesting.CLOCK), PaymentMethod.CARD, "A-1");
        office.payments().recordPayment(jean.id(), 10_000, LocalDate.now(FxTesting.CLOCK), PaymentMethod.CHEQUE, "1042");
        page = new EventViewModel(office.events(), office.registrations(), office.payments(), office.membership(),
                testing.executor, testing.feedback, testing.localizer, FxTesting.CLOCK);
        list = page.registrationList();
        page.open(samples.consultation, EventViewModel.Tab.REGISTRATIONS);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void theWholeListShowsWithItsTotals() {
        assertThat(list.shown()).hasSize(4);
        assertThat(list.countTextProperty().get()).isEqualTo("4 of 4 registrations");
        assertThat(list.registeredTextProperty().get()).isEqualTo("3");
        assertThat(list.waitlistedTextProperty().get()).isEqualTo("1");
        assertThat(list.paidTextProperty().get()).isEqualTo("$350.00");
        assertThat(list.owedTextProperty().get()).isEqualTo("$700.00");
        assertThat(list.byRateTextProperty().get()).isEqualTo("Member rate: 1 · Non-member rate: 2");
    }

    @Test
    void moneyAndCountsAreWrittenTheFrenchWayInFrench() {
        testing.localizer.setLanguage(Language.FR);

        assertThat(list.paidTextProperty().get()).isEqualTo("350,00\u00a0$");
        assertThat(list.countTextProperty().get()).isEqualTo("4 sur 4 inscriptions");
        assertThat(list.byRateTextProperty().get()).isEqualTo("Tarif membre\u00A0: 1 · Tarif non-membre\u00A0: 2");
    }

    @Test
    void searchingIgnoresCaseAndAccentsOverNameEmailAndOrganization() {
        list.searchProperty().set("COTE");
        assertThat(list.shown()).extracting(Registration::fullName).containsExactly("Zoë Côté");

        list.searchProperty().set("eglise");
        assertThat(list.shown()).extracting(Registration::fullName).containsExactly("Jean Roy");

        list.searchProperty().set("clinic");
        assertThat(list.shown()).extracting(Registration::fullName)
                .containsExactlyInAnyOrder("Amina Haddad", "Élodie Lévesque");
        assertThat(list.countTextProperty().get()).isEqualTo("2 of 4 registrations");
        assertThat(list.registeredTextProperty().get()).isEqualTo("1");
        assertThat(list.waitlistedTextProperty().get()).isEqualTo("1");
    }

    @Test
    void filtersCombineWithTheSearchAndClearTogether() {
        list.statusProperty().set(RegistrationStatus.WAITLISTED);
        assertThat(list.shown()).extracting(Registration::fullName).containsExactly("Élodie Lévesque");

        list.statusProperty().set(null);
        list.paymentStatusProperty().set(PaymentStatus.PARTIAL);
        assertThat(list.shown()).extracting(Registration::fullName).containsExactly("Jean Roy");

        list.paymentStatusProperty().set(null);
        list.rateKindProperty().set(RateKind.NON_MEMBER);
        assertThat(list.shown()).extracting(Registration::fullName).containsExactlyInAnyOrder("Jean Roy", "Zoë Côté");

        assertThat(list.organizations()).containsExactly("Église unie Saint-Jean", "Groupe citoyen de Dartmouth",
                "Halifax Refugee Clinic");
        list.organizationProperty().set("Groupe citoyen de Dartmouth");
        assertThat(list.shown()).extracting(Registration::fullName).containsExactly("Zoë Côté");

        list.clearFilters();
        assertThat(list.shown()).hasSize(4);
    }

    @Test
    void sortingByNameFollowsTheLanguageOrderWithAccentsBesideTheirLetter() {
        List<Registration> rows = new ArrayList<>(list.shown());
        rows.sort(list.byName());

        assertThat(rows).extracting(Registration::fullName)
                .containsExactly("Amina Haddad", "Élodie Lévesque", "Jean Roy", "Zoë Côté");
    }

    @Test
    void theRegistrationListIsExportedWithTheChosenColumnsInTheirOrder() throws Exception {
        Path file = folder.resolve("registrations.xlsx");
        List<Registration> rows = new ArrayList<>(list.shown());
        rows.sort(list.byName());

        exports().write(ExportFormat.XLSX, file, rows.size(), list.registrationsExport(writers(), rows,
                List.of(RegistrationColumn.NAME, RegistrationColumn.OWED, RegistrationColumn.ORGANIZATION)));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                row.forEach(cell -> texts.add(cell.toString()));
            }
            assertThat(texts).contains("Name", "Owed", "Organization", "Élodie Lévesque",
                    "Groupe citoyen de Dartmouth");
            assertThat(texts.indexOf("Name")).isLessThan(texts.indexOf("Owed"));
        }
        assertThat(testing.feedback.notifications()).containsExactly("registrations.xlsx is ready.");
    }

    @Test
    void thePaymentsReportAttendanceSheetAndBadgesAreWritten() throws Exception {
        Path payments = folder.resolve("payments.xlsx");
        Path attendance = folder.resolve("attendance.pdf");
        Path badges = folder.resolve("badges.pdf");

        exports().write(ExportFormat.XLSX, payments, 2, list.paymentsExport(writers()));
        exports().write(ExportFormat.PDF, attendance, list.placesTaken(),
                list.attendanceSheet(writers(), EventSamples.START));
        exports().write(ExportFormat.PDF, badges, list.placesTaken(), list.nameBadges(writers()));

        assertThat(Files.readAllBytes(payments)).startsWith('P', 'K');
        assertThat(Files.readAllBytes(attendance)).startsWith('%', 'P', 'D', 'F');
        assertThat(Files.readAllBytes(badges)).startsWith('%', 'P', 'D', 'F');
        assertThat(list.placesTaken()).isEqualTo(3);
        assertThat(list.fileName("registrations.export.fileName")).isEqualTo("registrations-spring-consultation");
        assertThat(testing.feedback.errors()).isEmpty();
    }

    @Test
    void aListOfTwentyThousandIsFilteredAndTotalledCorrectly() {
        var office = testing.office;
        var spring = samples.consultation;
        var big = office.events().create(new EventDraft(spring.kind(), "Grande",
                "Large", spring.startsOn(), spring.endsOn(), "Montréal", null, null, null, null, spring.status()));
        office.events().addRate(big.id(), new RateCategoryDraft(RateKind.NON_MEMBER,
                "Non-membre", "Non-member", 40_000L, 16_000L, null, null));
        List<RegistrationDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String organization = i % 4 == 0 ? "Réseau d’accueil de Sherbrooke" : "Neighbourhood Circle " + (i % 50);
            drafts.add(EventSamples.person("Participant " + i + (i % 10 == 0 ? " Lévesque" : ""),
                    "p" + i + "@example.org", null, organization));
        }
        office.intake().registerAll(big.id(), drafts);

        page.open(office.events().find(big.id()).orElseThrow(), EventViewModel.Tab.REGISTRATIONS);

        assertThat(list.shown()).hasSize(20_000);
        list.searchProperty().set("l");
        list.searchProperty().set("le");
        list.searchProperty().set("levesque");
        assertThat(list.shown()).hasSize(2_000).allMatch(row -> row.fullName().endsWith("Lévesque"));
        list.organizationProperty().set("Réseau d’accueil de Sherbrooke");
        assertThat(list.shown()).hasSize(1_000);
        assertThat(list.registeredTextProperty().get()).isEqualTo("1,000");
        assertThat(list.owedTextProperty().get()).isEqualTo("$400,000.00");
        list.clearFilters();
        assertThat(list.organizations()).hasSize(51);
        assertThat(list.countTextProperty().get()).isEqualTo("20,000 of 20,000 registrations");
    }

    private ExportFlow exports() {
        return new ExportFlow(testing.executor, DesktopPreferences.inMemory(), testing.localizer, testing.feedback,
                new Dialogs(testing.localizer, () -> null), file -> { }, FxTesting.CLOCK);
    }

    private ExportWriters writers() {
        return new CoreExportWriters(testing.office);
    }
}
