package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.communications.KeyFigure;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Campaigns, action reports and their tallies, model letters and their merge fields, on both engines. */
class AdvocacyServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private OfficeServices office;
    private Campaign campaign;
    private Organization montreal;

    private void open(Engine engine) {
        office = TestOffices.open(engine, folder);
        montreal = office.membership().approve(office.membership().apply(TestOffices.draft(
                "Comité d’aide aux réfugiés de Montréal", "car@example.org", Province.QC)).id(), null).organization();
        campaign = office.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.of(2026, 1, 15)));
        DemoAdvocacy.letters().forEach(letter -> office.advocacy().addLetter(campaign.id(), letter));
    }

    private ActionReport organization(ActionKind kind, TargetKind target, String riding, LocalDate on,
                                      ActionResult result) {
        return office.advocacy().record(campaign.id(), new ActionReportDraft(ReporterKind.ORGANIZATION,
                montreal.id(), null, null, kind, target, null, riding, on, result, null));
    }

    private ActionReport individual(String name, Province province, ActionKind kind, LocalDate on,
                                    ActionResult result) {
        TargetKind target = kind == ActionKind.LETTER_TO_MINISTER ? TargetKind.MINISTER : TargetKind.MP;
        return office.advocacy().record(campaign.id(), new ActionReportDraft(ReporterKind.INDIVIDUAL, null, name,
                province, kind, target, null, target == TargetKind.MP ? "Winnipeg Centre" : null, on, result,
                "Lettre remise en main propre"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tallyingCountsActionsByKindProvinceResultAndMonth(Engine engine) {
        open(engine);
        organization(ActionKind.LETTER_TO_MINISTER, TargetKind.MINISTER, null, LocalDate.of(2026, 3, 2),
                ActionResult.NO_ANSWER);
        organization(ActionKind.MEETING_WITH_MP, TargetKind.MP, "Laurier—Sainte-Marie", LocalDate.of(2026, 3, 20),
                ActionResult.MEETING_HELD);
        individual("Yonas Tesfamariam", Province.MB, ActionKind.LETTER_TO_MP, LocalDate.of(2026, 10, 5),
                ActionResult.REPLY_RECEIVED);
        individual("محمد عبد الله", Province.MB, ActionKind.LETTER_TO_MINISTER, LocalDate.of(2026, 10, 7),
                ActionResult.NO_ANSWER);
        individual("yonas tesfamariam", Province.MB, ActionKind.LETTER_TO_MINISTER, LocalDate.of(2026, 11, 1),
                ActionResult.COMMITMENT);

        Tallies tallies = office.advocacy().tallies(campaign.id());

        assertThat(tallies.total()).isEqualTo(5);
        assertThat(tallies.byAction().get(ActionKind.LETTER_TO_MINISTER)).isEqualTo(3);
        assertThat(tallies.byAction().get(ActionKind.MEETING_WITH_MP)).isEqualTo(1);
        assertThat(tallies.byAction().get(ActionKind.SOCIAL_MEDIA)).isZero();
        assertThat(tallies.byProvince().get(Province.QC)).isEqualTo(2);
        assertThat(tallies.byProvince().get(Province.MB)).isEqualTo(3);
        assertThat(tallies.provincesReached()).isEqualTo(2);
        assertThat(tallies.byResult().get(ActionResult.NO_ANSWER)).isEqualTo(2);
        assertThat(tallies.byActionAndResult().get(ActionKind.LETTER_TO_MINISTER).get(ActionResult.COMMITMENT))
                .isEqualTo(1);
        assertThat(tallies.byMonth().keySet()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 10),
                YearMonth.of(2026, 11));
        assertThat(tallies.byMonth().get(YearMonth.of(2026, 10)).get(ActionResult.NO_ANSWER)).isEqualTo(1);
        assertThat(tallies.organizations()).isEqualTo(1);
        assertThat(tallies.individuals()).as("the same person whatever the case of their name").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void correctingOrRemovingAReportMovesTheTallies(Engine engine) {
        open(engine);
        ActionReport letter = organization(ActionKind.LETTER_TO_MINISTER, TargetKind.MINISTER, null,
                LocalDate.of(2026, 9, 2), ActionResult.NO_ANSWER);
        ActionReport meeting = organization(ActionKind.MEETING_WITH_MP, TargetKind.MP, "Hochelaga",
                LocalDate.of(2026, 9, 20), ActionResult.MEETING_HELD);

        ActionReportDraft replied = new ActionReportDraft(letter.reporterKind(), letter.organizationId(), null,
                letter.province(), letter.kind(), letter.target(), "L’honorable ministre", null, letter.takenOn(),
                ActionResult.REPLY_RECEIVED, "Réponse reçue le 3 octobre");
        office.advocacy().updateAction(letter.id(), replied);
        office.advocacy().deleteAction(meeting.id());

        Tallies tallies = office.advocacy().tallies(campaign.id());
        assertThat(tallies.total()).isEqualTo(1);
        assertThat(tallies.byResult().get(ActionResult.REPLY_RECEIVED)).isEqualTo(1);
        assertThat(tallies.byResult().get(ActionResult.NO_ANSWER)).isZero();
        assertThat(tallies.byAction().get(ActionKind.MEETING_WITH_MP)).isZero();
        assertThat(office.audit().entries("advocacy_action", letter.id(), 5)).hasSize(2);
        assertThat(office.advocacy().actions(campaign.id())).singleElement().satisfies(action -> {
            assertThat(action.reporterName()).isEqualTo("Comité d’aide aux réfugiés de Montréal");
            assertThat(action.notes()).isEqualTo("Réponse reçue le 3 octobre");
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReportMissingWhatMattersIsRefusedFieldByField(Engine engine) {
        open(engine);
        ValidationException refused = catchThrowableOfType(ValidationException.class, () ->
                office.advocacy().record(campaign.id(), new ActionReportDraft(ReporterKind.INDIVIDUAL, null, " ",
                        Province.ON, ActionKind.OTHER, TargetKind.MP, null, null, TODAY.plusDays(1), null, null)));

        assertThat(refused.errors()).extracting(error -> error.field() + ":" + error.key()).containsExactlyInAnyOrder(
                "reporter:validation.required", "riding:advocacy.error.ridingNeeded",
                "takenOn:advocacy.error.takenInFuture", "result:validation.required");
        assertThat(office.advocacy().actions(campaign.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void attachmentsAreKeptWithTheirReportByteForByte(Engine engine) {
        open(engine);
        ActionReport letter = organization(ActionKind.LETTER_TO_MINISTER, TargetKind.MINISTER, null,
                LocalDate.of(2026, 9, 2), ActionResult.REPLY_RECEIVED);
        byte[] reply = "%PDF-1.7 réponse du ministre".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Attachment attached = office.advocacy().attach(letter.id(), "réponse-ministre.pdf", reply);

        assertThat(office.advocacy().attachments(letter.id())).containsExactly(attached);
        assertThat(office.advocacy().attachmentContent(attached.id())).isEqualTo(reply);
        assertThat(office.advocacy().actions(campaign.id()).getFirst().attachments()).isEqualTo(1);
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> office.advocacy().attach(letter.id(), "vide.pdf", new byte[0])).errors())
                .extracting(error -> error.key()).containsExactly("advocacy.error.emptyFile");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aModelLetterIsFilledWithTheOrganizationTheAddresseeAndTheDateInItsLanguage(Engine engine) {
        open(engine);
        ModelLetter french = letter(Language.FR, Audience.ORGANIZATIONS);

        FilledLetter filled = office.advocacy().fill(french.id(), new LetterFields(montreal.name(),
                "1 rue Principale\nMontréal (Québec)  H2X 1Y4", Province.QC, "Hélène Nguyễn Thị Hương",
                "Directrice générale", "Marc Miller", null, null, null, TODAY));

        assertThat(filled.sender()).isEqualTo("Comité d’aide aux réfugiés de Montréal");
        assertThat(filled.addresseeBlock()).containsExactly("L’honorable Marc Miller",
                "Ministre de l’Immigration, des Réfugiés et de la Citoyenneté", "Chambre des communes",
                "Ottawa (Ontario)  K1A 0A6");
        assertThat(filled.subject()).isEqualTo("Objet\u00A0: Permis de séjour temporaire pour les membres de la famille "
                + "des personnes réfugiées");
        assertThat(filled.paragraphs().get(1)).startsWith("Comité d’aide aux réfugiés de Montréal vous écrit");
        assertThat(filled.paragraphs().get(2)).contains("(Québec)");
        assertThat(filled.text()).doesNotContain("{{");
        assertThat(filled.signature()).containsExactly("Hélène Nguyễn Thị Hương", "Directrice générale",
                "Comité d’aide aux réfugiés de Montréal");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLetterToAnMpNeedsTheRidingAndEveryFieldItUses(Engine engine) {
        open(engine);
        ModelLetter english = letter(Language.EN, Audience.INDIVIDUALS);

        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> office.advocacy().fill(
                english.id(), new LetterFields(null, null, null, "", null, "Leah Gazan", null, null, " ", TODAY)));
        assertThat(refused.errors()).extracting(error -> error.field() + ":" + error.key())
                .containsExactlyInAnyOrder("signatory:validation.required", "riding:validation.required");

        FilledLetter filled = office.advocacy().fill(english.id(), new LetterFields(null, null, Province.MB,
                "Yonas Tesfamariam", null, "Leah Gazan", null, null, "Winnipeg Centre", TODAY));
        assertThat(filled.sender()).isEqualTo("Yonas Tesfamariam");
        assertThat(filled.addresseeBlock()).startsWith("Leah Gazan", "Member of Parliament for Winnipeg Centre");
        assertThat(filled.paragraphs().getFirst()).isEqualTo("Dear Leah Gazan,");
        assertThat(filled.paragraphs().get(1)).startsWith("My name is Yonas Tesfamariam and I live in your riding, "
                + "Winnipeg Centre.");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aModelLetterNamingAnUnknownFieldIsRefused(Engine engine) {
        open(engine);
        ValidationException refused = catchThrowableOfType(ValidationException.class, () -> office.advocacy()
                .addLetter(campaign.id(), new ModelLetterDraft(Language.FR, Audience.ORGANIZATIONS,
                        AddresseeKind.PROVINCIAL_MINISTER, "Au ministre provincial", "Objet",
                        "Bonjour {{ministre}},\n\n{{organisme}} vous écrit.")));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("body");
            assertThat(error.key()).isEqualTo("advocacy.error.unknownField");
        });
        assertThat(office.advocacy().letters(campaign.id())).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theReportAndTheQuarterlyFigureCountTheLettersToTheMinister(Engine engine) {
        open(engine);
        organization(ActionKind.LETTER_TO_MINISTER, TargetKind.MINISTER, null, LocalDate.of(2026, 9, 30),
                ActionResult.NO_ANSWER);
        organization(ActionKind.LETTER_TO_MINISTER, TargetKind.MINISTER, null, LocalDate.of(2026, 10, 1),
                ActionResult.REPLY_RECEIVED);
        individual("Amina Haddad", Province.NS, ActionKind.LETTER_TO_MINISTER, LocalDate.of(2026, 11, 20),
                ActionResult.NO_ANSWER);
        organization(ActionKind.MEETING_WITH_MP, TargetKind.MP, "Papineau", LocalDate.of(2026, 11, 2),
                ActionResult.COMMITMENT);

        CampaignReport.Figures figures = CampaignReport.Figures.of(office.advocacy().tallies(campaign.id()));
        assertThat(figures).isEqualTo(new CampaignReport.Figures(4, 1, 1, 2, 3, 0, 1, 1));

        List<KeyFigure> fourth = office.quarterlyUpdates().computeFigures(2026, 4, Language.FR);
        assertThat(fourth).filteredOn(figure -> AdvocacyFigures.LETTERS_TO_MINISTER.equals(figure.source()))
                .singleElement().satisfies(figure -> {
                    assertThat(figure.value()).isEqualTo("2");
                    assertThat(figure.label()).isEqualTo("lettres envoyées au ministre ce trimestre");
                });
        assertThat(office.quarterlyUpdates().computeFigures(2026, 3, Language.EN))
                .filteredOn(figure -> AdvocacyFigures.LETTERS_TO_MINISTER.equals(figure.source()))
                .extracting(KeyFigure::value).containsExactly("1");
    }

    private ModelLetter letter(Language language, Audience audience) {
        return office.advocacy().letters(campaign.id()).stream()
                .filter(letter -> letter.language() == language && letter.audience() == audience)
                .findFirst().orElseThrow();
    }
}
