package ca.ccrweb.office.core.events;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.export.ExportFormat;
import ca.ccrweb.office.core.export.ExportProgress;
import ca.ccrweb.office.core.export.TableExporter;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventPrintsTest {
    private static final LocalDate START = LocalDate.of(2027, 5, 27);
    private static final List<String> NAMES = List.of("Zoë Côté-Bélanger", "Nguyễn Thị Hương", "ተስፋዬ ገብረመድህን",
            "Amina Haddad", "Jean-François Tremblay", "Ayşe Yılmaz", "Olusegun Adébáyọ̀", "Marie-Ève Lévesque",
            "Đặng Văn Lâm", "Hélène Dubé", "Kwame Mensah", "Sofía Ramírez", "Chloé Bérubé", "Yonas Tesfamariam");

    @TempDir
    Path folder;

    private OfficeServices office;
    private Event event;

    @BeforeEach
    void aConsultationWithParticipants() {
        office = TestOffices.openSqlite(folder);
        event = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation du printemps 2027", "Spring Consultation 2027", START, START.plusDays(2), "Québec",
                null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                40_000L, 16_000L, null, null));
        int i = 0;
        for (String name : NAMES) {
            Registration registration = office.registrations().register(event.id(), new RegistrationDraft(
                    new ContactDraft(name, "p" + i++ + "@example.org", null, Language.FR, null, null), null,
                    "Table de concertation des organismes au service des personnes réfugiées", null, Set.of(),
                    Set.of(), Language.FR, null, null, null, null, LocalDate.of(2026, 11, 23)));
            if (i % 3 == 0) {
                office.payments().recordPayment(registration.id(), 12_345, LocalDate.of(2026, 11, 23),
                        PaymentMethod.CHEQUE, "Chèque " + i);
            }
        }
    }

    @Test
    void withTheCouncilsLogoEachBadgeShowsItOnceFromOneImageInTheFile() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(240, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Path file = folder.resolve("badges-logo.pdf");

        NameBadges.write(event, office.registrations().ofEvent(event.id()), png.toByteArray(), file);
        keepForLooking(file);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            com.itextpdf.kernel.pdf.PdfDictionary xObjects = pdf.getPage(1).getResources()
                    .getResource(com.itextpdf.kernel.pdf.PdfName.XObject);
            assertThat(xObjects.keySet()).hasSize(1);
            String content = new String(pdf.getPage(1).getContentBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content.split(" Do").length - 1).as("the logo drawn on each of the six badges").isEqualTo(6);
        }
    }

    @Test
    void badgesPutSixToASheetWithEveryNameAndTheEventInBothLanguages() throws IOException {
        Path file = folder.resolve("badges.pdf");
        NameBadges.write(event, office.registrations().ofEvent(event.id()), file);
        keepForLooking(file);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            String first = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(first).contains("Consultation du printemps 2027", "Spring Consultation 2027", "Amina Haddad",
                    "Ayşe Yılmaz");
        }
    }

    @Test
    void theAttendanceSheetListsEveryoneAlphabeticallyWithPageNumbers() throws IOException {
        Path file = folder.resolve("presence.pdf");
        AttendanceSheet.write(event, office.registrations().ofEvent(event.id()), START, Messages.of(Language.FR), file);
        keepForLooking(file);

        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1))
                    + PdfTextExtractor.getTextFromPage(pdf.getPage(2));
            assertThat(text).contains("Feuille de présence — Consultation du printemps 2027", "jeudi 27 mai 2027",
                    "Signature", "Nguyễn Thị Hương", "ተስፋዬ ገብረመድህን", "Page 1 de 2", "14 participants");
            assertThat(text.indexOf("Amina Haddad")).isLessThan(text.indexOf("Zoë Côté-Bélanger"));
        }
    }

    @Test
    void theRegistrationListAndPaymentsExportWithTheChosenColumnsAndTypedAmounts() throws IOException {
        Path list = folder.resolve("inscriptions.xlsx");
        Path payments = folder.resolve("paiements.xlsx");
        List<Registration> registrations = office.registrations().ofEvent(event.id());
        TableExporter exporter = new TableExporter(TestOffices.CLOCK);

        exporter.export(RegistrationExport.registrations(event, registrations,
                List.of(RegistrationColumn.OWED, RegistrationColumn.NAME), Messages.of(Language.EN)),
                ExportFormat.XLSX, list, ExportProgress.NONE);
        exporter.export(RegistrationExport.payments(event, office.payments().paymentsOfEvent(event.id()),
                registrations, Messages.of(Language.FR)), ExportFormat.XLSX, payments, ExportProgress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(list))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Owed");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Name");
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(400.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Zoë Côté-Bélanger");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(payments))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(123.45);
        }
    }

    private static void keepForLooking(Path file) throws IOException {
        Files.copy(file, Path.of(System.getProperty("java.io.tmpdir"), "ccr-" + file.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
