package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionReport;
import ca.ccrweb.office.core.advocacy.ActionReportDraft;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.ReporterKind;
import ca.ccrweb.office.core.advocacy.Tallies;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.contacts.Contact;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.demo.DemoAdvocacy;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import ca.ccrweb.office.core.mailings.ConsentKind;
import ca.ccrweb.office.core.mailings.ConsentSource;
import ca.ccrweb.office.core.mailings.MailingList;
import ca.ccrweb.office.core.mailings.Subscriber;
import ca.ccrweb.office.core.mailings.SubscriberDraft;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** List subscribers and a campaign's action reports imported, previewed, refused by row and undone, on both engines. */
class ImportSubscribersAndActionsTest {
    @TempDir
    Path folder;

    private Path csv(String name, String text, Charset charset) throws Exception {
        return Files.write(folder.resolve(name), text.replace("\n", "\r\n").getBytes(charset));
    }

    private static List<Subscriber> on(OfficeServices office, String code) {
        return office.mailingLists().subscribers(office.mailingLists().listByCode(code).id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void subscribersComeInWithTheirConsentWhileThoseOnTheListStayAsTheyAreAndTheUnsubscribedStayOff(Engine engine)
            throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        MailingList chronique = office.mailingLists().listByCode(MailingList.CHRONIQUE);
        Subscriber jean = office.mailingLists().subscribe(chronique.id(), new SubscriberDraft("Jean Roy",
                "jean@example.org", null, Language.FR, ConsentKind.EXPRESS, LocalDate.of(2024, 1, 5),
                ConsentSource.FORM));
        Subscriber left = office.mailingLists().subscribe(chronique.id(), new SubscriberDraft("Parti Ailleurs",
                "parti@example.org", null, Language.FR, ConsentKind.EXPRESS, LocalDate.of(2024, 1, 5),
                ConsentSource.FORM));
        office.mailingLists().unsubscribe(left.id(), LocalDate.of(2025, 2, 1), "ne veut plus");
        int contactsBefore = office.contacts().all().size();
        ImportFile file = office.imports().read(csv("abonnés.csv", """
                Liste;Courriel;Nom;Organisme;Langue;Consentement;Date du consentement
                CCRLIST;awa@example.org;Awa Diallo;Carrefour;fr;exprès;2025-04-02
                la Chronique du CCR;JEAN@example.org;Jean Roy;;English;implicite;2025-05-01
                Chronique;parti@example.org;Parti Ailleurs;;;;
                CCRLIST;sans.organisme@example.org;Sans Organisme;;;;
                Bulletins sur la traite;mai@example.org;Nguyễn Thị Mai;;;tacite;2025-06-30
                Inconnue;x@example.org;;;;;
                CCRLIST;AWA@example.org;Awa D.;Carrefour;;;
                """, StandardCharsets.UTF_8));
        ImportSettings settings = office.imports().propose(file, ImportKind.SUBSCRIBERS, null)
                .withOnDuplicate(DuplicateChoice.UPDATE);

        assertThat(settings.columns()).containsEntry(ImportField.LIST, 0).containsEntry(ImportField.EMAIL, 1)
                .containsEntry(ImportField.FULL_NAME, 2).containsEntry(ImportField.ORGANIZATION, 3)
                .containsEntry(ImportField.LANGUAGE, 4).containsEntry(ImportField.CONSENT_KIND, 5)
                .containsEntry(ImportField.CONSENT_ON, 6);
        String ccrlist = String.valueOf(office.mailingLists().listByCode(MailingList.CCRLIST).id());
        assertThat(settings.values().get(ImportField.LIST)).containsEntry("CCRLIST", ccrlist)
                .containsEntry("la Chronique du CCR", String.valueOf(chronique.id()))
                .containsEntry("Chronique", String.valueOf(chronique.id()))
                .containsEntry("Bulletins sur la traite",
                        String.valueOf(office.mailingLists().listByCode(MailingList.TRAFFICKING).id()))
                .containsEntry("Inconnue", null);
        assertThat(settings.values().get(ImportField.CONSENT_KIND)).containsEntry("exprès", "EXPRESS")
                .containsEntry("implicite", "IMPLIED").containsEntry("tacite", "IMPLIED");

        ImportPreview preview = office.imports().preview(file, settings);

        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.NEW, RowStatus.DUPLICATE,
                RowStatus.DUPLICATE, RowStatus.ERROR, RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR);
        assertThat(preview.rows().get(1).duplicate().rule()).isEqualTo(DuplicateRule.ALREADY_SUBSCRIBED);
        assertThat(preview.rows().get(1).duplicate().recordId()).isEqualTo(jean.id());
        assertThat(preview.rows().get(2).duplicate().rule()).isEqualTo(DuplicateRule.UNSUBSCRIBED);
        assertThat(preview.allErrors()).extracting(RowError::line, RowError::field).containsExactly(
                Tuple.tuple(5, ImportField.ORGANIZATION), Tuple.tuple(7, ImportField.LIST),
                Tuple.tuple(8, ImportField.EMAIL));
        assertThat(preview.allErrors().getFirst().localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Ligne 5, Organisme\u00A0: Obligatoire pour la liste CCRLIST. ()");

        ImportResult result = office.imports().importRows(file, settings, ImportProgress.NONE, false);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.errorRows()).isEqualTo(3);
        assertThat(on(office, MailingList.CCRLIST)).singleElement().satisfies(awa -> {
            assertThat(awa.email()).isEqualTo("awa@example.org");
            assertThat(awa.consentKind()).isEqualTo(ConsentKind.EXPRESS);
            assertThat(awa.consentOn()).isEqualTo(LocalDate.of(2025, 4, 2));
            assertThat(awa.consentSource()).isEqualTo(ConsentSource.IMPORT);
        });
        assertThat(on(office, MailingList.TRAFFICKING)).extracting(Subscriber::fullName)
                .containsExactly("Nguyễn Thị Mai");
        List<Subscriber> onChronique = on(office, MailingList.CHRONIQUE);
        assertThat(onChronique).filteredOn(s -> s.id() == jean.id()).singleElement()
                .satisfies(kept -> assertThat(kept.consentOn()).isEqualTo(LocalDate.of(2024, 1, 5)));
        assertThat(onChronique).filteredOn(s -> s.id() == left.id()).singleElement()
                .satisfies(still -> assertThat(still.subscribed()).isFalse());
        assertThat(office.contacts().all()).hasSize(contactsBefore + 2);

        office.imports().undo(result.batchId());

        assertThat(on(office, MailingList.CCRLIST)).isEmpty();
        assertThat(on(office, MailingList.TRAFFICKING)).isEmpty();
        assertThat(on(office, MailingList.CHRONIQUE)).hasSize(2);
        assertThat(office.contacts().all()).hasSize(contactsBefore).extracting(Contact::email)
                .doesNotContain("awa@example.org", "mai@example.org");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoOfImportedSubscribersIsRefusedOnceOneOfThemUnsubscribed(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        ImportFile file = office.imports().read(csv("list.csv", """
                List,Email,Name
                CCR Chronicle (la Chronique du CCR),ana@example.org,Ana Pérez
                CCR Chronicle (la Chronique du CCR),lee@example.org,Lee Wong
                """, StandardCharsets.UTF_8));
        ImportResult result = office.imports().importRows(file,
                office.imports().propose(file, ImportKind.SUBSCRIBERS, null), ImportProgress.NONE, false);
        assertThat(result.created()).isEqualTo(2);
        Subscriber ana = on(office, MailingList.CHRONIQUE).stream().filter(s -> s.email().equals("ana@example.org"))
                .findFirst().orElseThrow();

        office.mailingLists().unsubscribe(ana.id(), null, "asked by phone");
        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> office.imports().undo(result.batchId()));

        assertThat(refused.key()).isEqualTo("import.undo.refused.changed");
        assertThat(refused.localizedMessage(Messages.of(Language.EN))).contains("subscription")
                .contains("ana@example.org");
        assertThat(on(office, MailingList.CHRONIQUE)).hasSize(2);
        assertThat(office.imports().batch(result.batchId()).orElseThrow().undone()).isFalse();
    }

    private static ActionReport jeanWroteToHisMp(OfficeServices office, Campaign campaign) {
        return office.advocacy().record(campaign.id(), new ActionReportDraft(ReporterKind.INDIVIDUAL, null, "Jean Roy",
                Province.QC, ActionKind.LETTER_TO_MP, TargetKind.MP, null, "Outremont", LocalDate.of(2026, 2, 10),
                ActionResult.NO_ANSWER, null));
    }

    private static final String ACTIONS = """
            Date,Who acted,Organization or individual,Prov.,Action,Target,Name of the target,Riding,Result,Notes
            2026-03-02,Comité d'aide aux réfugiés,,,Lettre au ministre,Ministre,Marc Miller,,Réponse reçue,Réponse le 20 mars
            2026-02-10,jean roy,Individual,QC,Letter or call to an MP,MP,,,commitment,Promised to raise it
            2026-04-01,Awa Diallo,Individu,Manitoba,Rencontre avec un·e député·e,Député·e,,,Meeting held,
            2027-01-01,Awa Diallo,Individu,MB,Médias sociaux,Médias,,,Sans réponse,
            2026-05-05,Sam Lee,,,social media,media,,,no answer,
            2026-05-06,Sam Lee,Individual,BC,Tweeted,media,,,no answer,
            """;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void actionReportsComeIntoTheirCampaignTheTalliesMoveAndUndoPutsThemBack(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Campaign campaign = office.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.of(2026, 1, 15)));
        Organization car = office.membership().apply(draft("Comité d’aide aux réfugiés", "info@car.example",
                Province.QC));
        ActionReport jean = jeanWroteToHisMp(office, campaign);
        ImportFile file = office.imports().read(csv("actions.csv", ACTIONS, StandardCharsets.UTF_8));
        ImportSettings settings = office.imports().propose(file, ImportKind.ACTION_REPORTS, null)
                .withCampaign(campaign.id()).withOnDuplicate(DuplicateChoice.UPDATE);

        assertThat(settings.columns()).containsEntry(ImportField.TAKEN_ON, 0).containsEntry(ImportField.REPORTER, 1)
                .containsEntry(ImportField.REPORTER_KIND, 2).containsEntry(ImportField.PROVINCE, 3)
                .containsEntry(ImportField.ACTION_KIND, 4).containsEntry(ImportField.TARGET_KIND, 5)
                .containsEntry(ImportField.TARGET_NAME, 6).containsEntry(ImportField.RIDING, 7)
                .containsEntry(ImportField.ACTION_RESULT, 8).containsEntry(ImportField.NOTES, 9);
        assertThat(settings.values().get(ImportField.ACTION_KIND)).containsEntry("Lettre au ministre",
                        "LETTER_TO_MINISTER").containsEntry("Letter or call to an MP", "LETTER_TO_MP")
                .containsEntry("Rencontre avec un·e député·e", "MEETING_WITH_MP")
                .containsEntry("Médias sociaux", "SOCIAL_MEDIA").containsEntry("social media", "SOCIAL_MEDIA")
                .containsEntry("Tweeted", null);
        assertThat(settings.values().get(ImportField.TARGET_KIND)).containsEntry("Ministre", "MINISTER")
                .containsEntry("MP", "MP").containsEntry("Député·e", "MP").containsEntry("media", "MEDIA");
        assertThat(settings.values().get(ImportField.ACTION_RESULT)).containsEntry("Réponse reçue", "REPLY_RECEIVED")
                .containsEntry("commitment", "COMMITMENT").containsEntry("Sans réponse", "NO_ANSWER");
        assertThat(settings.values().get(ImportField.REPORTER_KIND)).containsEntry("Individual", "INDIVIDUAL")
                .containsEntry("Individu", "INDIVIDUAL");

        ImportPreview preview = office.imports().preview(file, settings);

        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.NEW, RowStatus.DUPLICATE,
                RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR);
        assertThat(preview.rows().get(1).duplicate().rule()).isEqualTo(DuplicateRule.SAME_ACTION);
        assertThat(preview.rows().get(1).duplicate().recordId()).isEqualTo(jean.id());
        assertThat(preview.allErrors()).extracting(RowError::line, RowError::field).containsExactly(
                Tuple.tuple(4, ImportField.RIDING), Tuple.tuple(5, ImportField.TAKEN_ON),
                Tuple.tuple(6, ImportField.PROVINCE), Tuple.tuple(7, ImportField.ACTION_KIND));
        assertThat(preview.allErrors().get(1).localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Ligne 5, Date de l’action\u00A0: Une action ne peut pas être signalée avant d’avoir eu "
                        + "lieu. (2027-01-01)");

        ImportResult result = office.imports().importRows(file, settings, ImportProgress.NONE, false);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.errorRows()).isEqualTo(4);
        ActionReport letter = office.advocacy().actions(campaign.id()).stream()
                .filter(action -> action.kind() == ActionKind.LETTER_TO_MINISTER).findFirst().orElseThrow();
        assertThat(letter.reporterKind()).isEqualTo(ReporterKind.ORGANIZATION);
        assertThat(letter.organizationId()).isEqualTo(car.id());
        assertThat(letter.reporterName()).isEqualTo("Comité d’aide aux réfugiés");
        assertThat(letter.province()).isEqualTo(Province.QC);
        assertThat(letter.targetName()).isEqualTo("Marc Miller");
        assertThat(letter.notes()).isEqualTo("Réponse le 20 mars");
        Tallies tallies = office.advocacy().tallies(campaign.id());
        assertThat(tallies.total()).isEqualTo(2);
        assertThat(tallies.byAction()).containsEntry(ActionKind.LETTER_TO_MINISTER, 1)
                .containsEntry(ActionKind.LETTER_TO_MP, 1);
        assertThat(tallies.byResult()).containsEntry(ActionResult.REPLY_RECEIVED, 1)
                .containsEntry(ActionResult.COMMITMENT, 1).containsEntry(ActionResult.NO_ANSWER, 0);
        assertThat(tallies.organizations()).isEqualTo(1);
        assertThat(office.advocacy().lettersToMinister(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(1);

        office.imports().undo(result.batchId());

        assertThat(office.advocacy().actions(campaign.id())).singleElement().satisfies(back -> {
            assertThat(back.id()).isEqualTo(jean.id());
            assertThat(back.result()).isEqualTo(ActionResult.NO_ANSWER);
            assertThat(back.notes()).isNull();
        });
        assertThat(office.advocacy().tallies(campaign.id()).byResult()).containsEntry(ActionResult.NO_ANSWER, 1)
                .containsEntry(ActionResult.COMMITMENT, 0);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void actionReportsNeedACampaignAndTheirUndoIsRefusedOnceAReplyLetterIsAttached(Engine engine) throws Exception {
        OfficeServices office = TestOffices.open(engine, folder);
        Campaign campaign = office.advocacy().createCampaign(DemoAdvocacy.campaign(LocalDate.of(2026, 1, 15)));
        ImportFile file = office.imports().read(csv("actions.csv", """
                Date;Qui a agi;Province;Action;Cible;Résultat
                2026-03-02;Awa Diallo;MB;Letter to the minister;Minister;No answer
                2026-03-03;Lee Wong;BC;Social media;Media;Reply received
                """, Charset.forName("windows-1252")));
        ImportSettings withoutCampaign = office.imports().propose(file, ImportKind.ACTION_REPORTS, null);

        OfficeException noCampaign = catchThrowableOfType(OfficeException.class,
                () -> office.imports().preview(file, withoutCampaign));

        assertThat(noCampaign.localizedMessage(Messages.of(Language.FR)))
                .isEqualTo("Les actions signalées s’importent dans une campagne\u00A0: choisissez la campagne.");

        ImportResult result = office.imports().importRows(file, withoutCampaign.withCampaign(campaign.id()),
                ImportProgress.NONE, false);
        assertThat(result.created()).isEqualTo(2);
        ActionReport imported = office.advocacy().actions(campaign.id()).getFirst();
        office.advocacy().attach(imported.id(), "réponse.pdf", new byte[]{1, 2, 3});

        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> office.imports().undo(result.batchId()));

        assertThat(refused.key()).isEqualTo("import.undo.refused.used");
        assertThat(office.advocacy().actions(campaign.id())).hasSize(2);
    }
}
