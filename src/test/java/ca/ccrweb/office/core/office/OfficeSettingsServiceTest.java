package ca.ccrweb.office.core.office;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.accounts.WelcomeLetter;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.export.PdfA;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.membership.ApprovalResult;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.security.Role;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OfficeSettingsServiceTest {
    @TempDir
    Path folder;

    /** A small logo drawn in the test: a blue band with a white square, as PNG or JPEG. */
    static byte[] logo(String format) {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1F, 0x4E, 0x79));
        graphics.fillRect(0, 0, 240, 80);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(20, 20, 40, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static OfficeSettings settings(byte[] logo) {
        return new OfficeSettings(logo, null, "  6839, rue Drolet, bureau 301\nMontréal (Québec)  H2S 2T1 ",
                "514-277-7223", "info@ccrweb.ca", "https://ccrweb.ca");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void savedSettingsComeBackAndTheAuditKeepsTheLogosSizeAndHashNotItsBytes(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        assertThat(office.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
        byte[] png = logo("png");

        office.officeSettings().save(settings(png));
        OfficeSettings saved = office.officeSettings().current();

        assertThat(saved.logo()).isEqualTo(png);
        assertThat(saved.logoType()).isEqualTo("image/png");
        assertThat(saved.addressLines()).isEqualTo("6839, rue Drolet, bureau 301\nMontréal (Québec)  H2S 2T1");
        assertThat(saved.phone()).isEqualTo("514-277-7223");
        assertThat(saved.contactLine()).isEqualTo("514-277-7223  ·  info@ccrweb.ca  ·  https://ccrweb.ca");

        byte[] jpeg = logo("jpg");
        office.officeSettings().save(new OfficeSettings(jpeg, null, null, null, null, null));
        OfficeSettings second = office.officeSettings().current();
        assertThat(second.logo()).isEqualTo(jpeg);
        assertThat(second.logoType()).isEqualTo("image/jpeg");
        assertThat(second.addressLines()).isNull();

        List<AuditEntry> entries = office.audit().entries("office_settings", 1, 10);
        assertThat(entries).hasSize(2);
        String firstAfter = entries.stream().map(AuditEntry::after).filter(after -> after.contains("image/png"))
                .findFirst().orElseThrow();
        assertThat(firstAfter).contains(OfficeSettings.sha256(png), "\"logoBytes\":" + png.length)
                .doesNotContain(Base64.getEncoder().encodeToString(png).substring(0, 40));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLogoThatIsNoPictureOrTooLargeIsRefusedWithAMessageAndNothingIsSaved(Engine engine) {
        OfficeServices office = TestOffices.open(engine, folder);
        byte[] pdf = "%PDF-1.7 not a picture".getBytes();
        byte[] brokenPng = Arrays.copyOf(logo("png"), 40);
        byte[] huge = Arrays.copyOf(logo("png"), OfficeSettingsService.MOST_LOGO_BYTES + 1);

        ValidationException notPicture = catchThrowableOfType(ValidationException.class,
                () -> office.officeSettings().save(settings(pdf)));
        ValidationException broken = catchThrowableOfType(ValidationException.class,
                () -> office.officeSettings().save(settings(brokenPng)));
        ValidationException tooLarge = catchThrowableOfType(ValidationException.class,
                () -> office.officeSettings().save(settings(huge)));
        ValidationException badContact = catchThrowableOfType(ValidationException.class,
                () -> office.officeSettings().save(new OfficeSettings(null, null, null, "call us", "nobody", null)));

        Messages french = Messages.of(Language.FR);
        Messages english = Messages.of(Language.EN);
        assertThat(notPicture.errors().getFirst().localizedMessage(french))
                .isEqualTo("Le logo doit être un fichier PNG, JPEG ou SVG.");
        assertThat(broken.errors().getFirst().localizedMessage(english))
                .isEqualTo("The logo file cannot be read as a picture.");
        assertThat(tooLarge.errors().getFirst().localizedMessage(french)).isEqualTo("Le logo doit peser au plus 2 Mo.");
        assertThat(badContact.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("phone", "email");
        assertThat(office.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
    }

    @Test
    void onlyAnAdministratorChangesTheSettings() {
        OfficeServices administrator = TestOffices.openSqlite(folder);
        OfficeServices staff = new OfficeServices(administrator.database(), TestOffices.CLOCK, new Actor() {
            @Override
            public String name() {
                return "staff.person";
            }

            @Override
            public Role role() {
                return Role.STAFF;
            }
        });

        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> staff.officeSettings().save(settings(logo("png"))));

        assertThat(refused.getMessage()).contains("security.error.denied");
        assertThat(staff.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
    }

    @Test
    void aWelcomeLetterPrintsTheLogoAndTheSavedAddressAndStaysPdfA() throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder);
        office.officeSettings().save(settings(logo("png")));
        long id = office.membership().apply(new OrganizationDraft("Welcome Place", null, "direction@example.org",
                null, null, "1 Main St", "Winnipeg", "R3B 1A1", Province.MB, Language.EN, Set.of(), Set.of(),
                null)).id();
        ApprovalResult approval = office.membership().approve(id, null);
        Path file = folder.resolve("welcome.pdf");

        WelcomeLetter.write(approval.administrator(), approval.organization(), office.officeSettings().current(),
                LocalDate.of(2026, 11, 23), file);

        byte[] bytes = Files.readAllBytes(file);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "welcome-with-logo.pdf"), bytes);
        PdfA.assertPdfA2u(bytes);
        assertThat(imagesOnFirstPage(bytes)).isEqualTo(1);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1)))
                    .contains("6839, rue Drolet, bureau 301", "Montréal (Québec)", "514-277-7223")
                    .doesNotContain("Montréal (Quebec) · ccrweb.ca");
        }
    }

    @Test
    void withoutSettingsTheLetterPrintsTheShippedAddressAndNoPicture() throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder);
        long id = office.membership().apply(new OrganizationDraft("Welcome Place", null, "direction@example.org",
                null, null, "1 Main St", "Winnipeg", "R3B 1A1", Province.MB, Language.EN, Set.of(), Set.of(),
                null)).id();
        ApprovalResult approval = office.membership().approve(id, null);
        Path file = folder.resolve("welcome.pdf");

        WelcomeLetter.write(approval.administrator(), approval.organization(), office.officeSettings().current(),
                LocalDate.of(2026, 11, 23), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(imagesOnFirstPage(bytes)).isZero();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("Montréal (Quebec) · ccrweb.ca");
        }
    }

    @Test
    void theQuarterlyUpdatesMastheadPrintsTheLogoInsteadOfTheWordMarkAndItsFooterTheSavedAddress() throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder);
        byte[] withoutLogo = office.quarterlyUpdates().render(DemoUpdates.typical(new Quarter(2026, 4), Language.FR,
                LocalDate.of(2026, 12, 1)), false)
                .pdf();
        office.officeSettings().save(settings(logo("png")));

        byte[] withLogo = office.quarterlyUpdates().render(DemoUpdates.typical(new Quarter(2026, 4), Language.FR,
                LocalDate.of(2026, 12, 1)), false)
                .pdf();

        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "quarterly-with-logo.pdf"), withLogo);
        PdfA.assertPdfA2u(withLogo);
        assertThat(imagesOnFirstPage(withoutLogo)).isZero();
        assertThat(imagesOnFirstPage(withLogo)).isEqualTo(1);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(withLogo)))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(2)))
                    .contains("6839, rue Drolet, bureau 301, Montréal (Québec)  H2S 2T1 · ccrweb.ca")
                    .doesNotContain("no 301");
        }
    }

    @Test
    void theBookOfResolutionsPrintsTheLogoAndTheSavedAddress() throws Exception {
        Path file = folder.resolve("book.pdf");

        ca.ccrweb.office.core.governance.ResolutionBook.write(2026, List.of(), settings(logo("jpg")),
                Messages.of(Language.FR), LocalDate.of(2026, 11, 23), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(imagesOnFirstPage(bytes)).isEqualTo(1);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("6839, rue Drolet, bureau 301");
        }
    }

    @Test
    void aLogoWithTransparencyKeepsTheLetterAndTheUpdatePdfA() throws Exception {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1F, 0x4E, 0x79, 160));
        graphics.fillOval(0, 0, 60, 60);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        OfficeServices office = TestOffices.openSqlite(folder);
        office.officeSettings().save(settings(png.toByteArray()));
        Path file = folder.resolve("summary.pdf");

        ca.ccrweb.office.core.fund.BudgetSummary.write(office.fund().summary(2027), office.officeSettings().current(),
                Messages.of(Language.FR), LocalDate.of(2027, 3, 1), file);

        PdfA.assertPdfA2u(Files.readAllBytes(file));
        PdfA.assertPdfA2u(office.quarterlyUpdates().render(DemoUpdates.typical(new Quarter(2026, 4), Language.EN,
                LocalDate.of(2026, 12, 1)), false).pdf());
    }

    static final byte[] SVG_LOGO = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"240\" "
            + "height=\"80\" viewBox=\"0 0 240 80\"><rect width=\"240\" height=\"80\" fill=\"#1F4E79\"/>"
            + "<circle cx=\"40\" cy=\"40\" r=\"24\" fill=\"#FFFFFF\"/>"
            + "<image x=\"100\" y=\"10\" width=\"60\" height=\"60\" xlink:href=\"https://example.org/tracker.png\"/>"
            + "</svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anSvgLogoIsSavedAndDrawnAsVectorsWhileTheLetterAndTheUpdateStayPdfA(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        office.officeSettings().save(settings(SVG_LOGO));
        long id = office.membership().apply(new OrganizationDraft("Welcome Place", null, "direction@example.org",
                null, null, "1 Main St", "Winnipeg", "R3B 1A1", Province.MB, Language.EN, Set.of(), Set.of(),
                null)).id();
        ApprovalResult approval = office.membership().approve(id, null);
        Path file = folder.resolve("welcome-svg.pdf");

        assertThat(office.officeSettings().current().logoType()).isEqualTo(LogoImages.SVG);
        WelcomeLetter.write(approval.administrator(), approval.organization(), office.officeSettings().current(),
                LocalDate.of(2026, 11, 23), file);
        byte[] update = office.quarterlyUpdates().render(DemoUpdates.typical(new Quarter(2026, 4), Language.FR,
                LocalDate.of(2026, 12, 1)), false).pdf();

        byte[] letter = Files.readAllBytes(file);
        PdfA.assertPdfA2u(letter);
        PdfA.assertPdfA2u(update);
        assertThat(drawingsOnFirstPage(letter)).isEqualTo(1);
        assertThat(drawingsOnFirstPage(update)).isEqualTo(1);
        assertThat(imagesOnFirstPage(letter)).as("the picture the SVG names elsewhere is not fetched").isZero();
    }

    @Test
    void anSvgThatDrawsNothingIsRefusedInTheUsersLanguage() {
        OfficeServices office = TestOffices.openSqlite(folder);
        byte[] empty = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"></svg>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> office.officeSettings().save(settings(empty)));

        assertThat(refused.errors().getFirst().localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Le fichier du logo ne se lit pas comme une image.");
        assertThat(office.officeSettings().current()).isEqualTo(OfficeSettings.NONE);
    }

    @Test
    void aLongSavedAddressWrapsInTheUpdatesFooterInsteadOfRunningIntoThePageNumber() throws Exception {
        OfficeServices office = TestOffices.openSqlite(folder);
        office.officeSettings().save(new OfficeSettings(null, null, "Conseil canadien pour les réfugiés\n"
                + "6839, rue Drolet, bureau 301, entrée par la ruelle derrière l’église\nMontréal (Québec)  H2S 2T1\n"
                + "Canada, territoire non cédé des Kanien’kehá:ka", "514-277-7223", "info@ccrweb.ca",
                "https://ccrweb.ca/fr/conseil-canadien-pour-les-refugies"));

        byte[] update = office.quarterlyUpdates().render(DemoUpdates.typical(new Quarter(2026, 4), Language.FR,
                LocalDate.of(2026, 12, 1)), false).pdf();

        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "quarterly-long-address.pdf"), update);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(update)))) {
            for (int page = 1; page <= 2; page++) {
                com.itextpdf.kernel.geom.Rectangle size = pdf.getPage(page).getPageSize();
                com.itextpdf.kernel.geom.Rectangle leftOfThePageNumber =
                        new com.itextpdf.kernel.geom.Rectangle(0, 0, size.getWidth() - 50 - 60, 48);
                String footer = PdfTextExtractor.getTextFromPage(pdf.getPage(page),
                        new com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener(
                                new com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy(),
                                new com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter(
                                        leftOfThePageNumber)));
                assertThat(footer.replaceAll("\\s+", " ").replace("- ", "-"))
                        .contains("entrée par la ruelle derrière l’église", "Kanien’kehá:ka",
                                "ccrweb.ca/fr/conseil-canadien-pour-les-refugies")
                        .doesNotContain("Page " + page);
            }
        }
    }

    /** Form XObjects (an SVG drawn as vectors) among page 1's resources. */
    static int drawingsOnFirstPage(byte[] bytes) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            PdfDictionary xObjects = pdf.getPage(1).getResources().getResource(PdfName.XObject);
            if (xObjects == null) {
                return 0;
            }
            int drawings = 0;
            for (PdfName name : xObjects.keySet()) {
                PdfStream stream = xObjects.getAsStream(name);
                if (stream != null && PdfName.Form.equals(stream.getAsName(PdfName.Subtype))) {
                    drawings++;
                }
            }
            return drawings;
        }
    }

    static int imagesOnFirstPage(byte[] bytes) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            PdfDictionary xObjects = pdf.getPage(1).getResources().getResource(PdfName.XObject);
            if (xObjects == null) {
                return 0;
            }
            int images = 0;
            for (PdfName name : xObjects.keySet()) {
                PdfStream stream = xObjects.getAsStream(name);
                if (stream != null && PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
                    images++;
                }
            }
            return images;
        }
    }
}
