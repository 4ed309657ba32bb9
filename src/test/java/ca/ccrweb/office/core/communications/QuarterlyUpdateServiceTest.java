package ca.ccrweb.office.core.communications;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.export.PdfA;
import ca.ccrweb.office.core.audit.AuditEntry;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.Registration;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.fund.ExpenseLine;
import ca.ccrweb.office.core.fund.FundApplication;
import ca.ccrweb.office.core.fund.FundApplicationDraft;
import ca.ccrweb.office.core.fund.FundStream;
import ca.ccrweb.office.core.fund.RequestedLine;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.Province;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ca.ccrweb.office.core.TestOffices.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuarterlyUpdateServiceTest {
    /** TestOffices' clock stands on 2026-11-23: the fourth quarter of 2026. */
    private static final Quarter Q4 = new Quarter(2026, 4);

    @TempDir
    Path folder;

    private OfficeServices office;

    private QuarterlyUpdateService updates() {
        return office.quarterlyUpdates();
    }

    private static QuarterlyUpdateDraft typical(Language language) {
        return QuarterlyUpdateRendererTest.typical(language);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keyFiguresCountTheMembersApprovedInTheQuarterAndTheRegistrationsAtTheLastConsultation(Engine engine) {
        office = TestOffices.open(engine, folder);
        for (String name : List.of("Accueil Nord", "Carrefour Sud", "Maison Est")) {
            long id = office.membership().apply(draft(name, name.replace(' ', '.') + "@example.org", Province.QC)).id();
            office.membership().approve(id, null);
        }
        office.membership().apply(draft("Toujours en attente", "attente@example.org", Province.QC));
        Event fall = consultation("Consultation d’automne 2026", "Fall Consultation 2026", LocalDate.of(2026, 11, 5));
        consultation("Consultation du printemps 2027", "Spring Consultation 2027", LocalDate.of(2027, 5, 27));
        List<Registration> registered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            registered.add(office.registrations().register(fall.id(), person("Personne " + i, "p" + i + "@example.org")));
        }
        office.registrations().cancel(registered.getFirst().id());
        office.fund().setBudget(2026, FundStream.PARTICIPATION, 1_000_000L);
        FundApplication award = office.fund().apply(new FundApplicationDraft(
                new ContactDraft("Amina Haddad", "amina@example.org", null, Language.FR, null, null), null,
                FundStream.PARTICIPATION, 2026, Province.NB, Language.FR, List.of(fall.id()),
                List.of(new RequestedLine(ExpenseLine.TRAVEL, 45_000L, null),
                        new RequestedLine(ExpenseLine.LODGING, 30_050L, null)), null));
        office.fund().select(award.id(), Map.of(), null, null);
        office.fund().apply(new FundApplicationDraft(
                new ContactDraft("Personne En Attente", "attente@example.org", null, Language.EN, null, null), null,
                FundStream.PARTICIPATION, 2026, Province.ON, Language.EN, List.of(fall.id()),
                List.of(new RequestedLine(ExpenseLine.TRAVEL, 10_000L, null)), null));

        List<KeyFigure> french = updates().computeFigures(2026, 4, Language.FR);
        List<KeyFigure> english = updates().computeFigures(2026, 4, Language.EN);
        List<KeyFigure> lastQuarter = updates().computeFigures(2026, 3, Language.EN);

        assertThat(french).extracting(KeyFigure::source, KeyFigure::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(KeyFigures.MEMBERS_APPROVED, "3"),
                org.assertj.core.groups.Tuple.tuple(KeyFigures.CONSULTATION_REGISTRATIONS, "3"),
                org.assertj.core.groups.Tuple.tuple(KeyFigures.FUND_AWARDS, "1"));
        // French money puts a non-breaking space before the dollar sign.
        assertThat(french.get(2).label().replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("aide du fonds Amina Malko (750,50 $ au total)");
        assertThat(english.get(2).label()).isEqualTo("award from the Amina Malko fund ($750.50 in all)");
        assertThat(french.get(1).label()).isEqualTo("inscriptions à la Consultation d’automne 2026");
        assertThat(english.get(0).label()).isEqualTo("new member organizations approved");
        assertThat(english.get(1).label()).isEqualTo("registrations at the Fall Consultation 2026");
        assertThat(lastQuarter).extracting(KeyFigure::source, KeyFigure::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(KeyFigures.MEMBERS_APPROVED, "0"),
                org.assertj.core.groups.Tuple.tuple(KeyFigures.FUND_AWARDS, "0"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDraftIsSavedThenPublishedFrozenAndReopensExactlyAsPublished(Engine engine) throws Exception {
        office = TestOffices.open(engine, folder);
        byte[] png = getClass().getResourceAsStream("/ca/ccrweb/office/icons/ccr-office-64.png").readAllBytes();
        QuarterlyUpdate draft = updates().create(typical(Language.FR));
        QuarterlyUpdateDraft edited = new QuarterlyUpdateDraft(2026, 4, Language.FR, "Titre revu",
                LocalDate.of(2026, 12, 12), Paper.LETTER, draft.sections(), new UpdateImage(png, "Légende", 2),
                draft.figures());
        QuarterlyUpdate saved = updates().save(draft.id(), edited);

        QuarterlyUpdate published = updates().publish(saved.id());
        byte[] firstPrint = updates().pdf(published, null, false).pdf();
        byte[] reprint = updates().pdf(updates().find(published.id()).orElseThrow(), null, false).pdf();
        PdfA.assertPdfA2u(firstPrint);

        assertThat(saved.title()).isEqualTo("Titre revu");
        assertThat(saved.image().bytes()).isEqualTo(png);
        assertThat(saved.sections()).isEqualTo(typical(Language.FR).sections());
        assertThat(published.status()).isEqualTo(UpdateStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(TestOffices.NOW);
        assertThat(published.publishedBy()).isEqualTo("test.staff");
        assertThat(reprint).isEqualTo(firstPrint);
        assertThat(QuarterlyUpdateRendererTest.pages(reprint)).hasSize(2);
        assertThat(QuarterlyUpdateRendererTest.pages(updates().pdf(published, null, true).pdf())).hasSize(1);
        assertThat(updates().archive()).extracting(UpdateSummary::id).containsExactly(published.id());
        OfficeException refused = catchThrowableOfType(OfficeException.class,
                () -> updates().save(published.id(), edited));
        assertThat(refused.key()).isEqualTo("quarterly.error.published");
        List<AuditEntry> audit = office.audit().entries("quarterly_update", published.id(), 10);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("PUBLISH", "UPDATE", "CREATE");
        assertThat(audit.get(1).after()).contains("\"imageBytes\":" + png.length).doesNotContain("[B@");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRevisionIsANewDraftAndTheArchiveKeepsBothEditions(Engine engine) {
        office = TestOffices.open(engine, folder);
        QuarterlyUpdate first = updates().publish(updates().create(typical(Language.EN)).id());

        QuarterlyUpdate revision = updates().revise(first.id());

        assertThat(revision.revision()).isEqualTo(2);
        assertThat(revision.status()).isEqualTo(UpdateStatus.DRAFT);
        assertThat(revision.sections()).isEqualTo(first.sections());
        assertThat(updates().current(2026, 4, Language.EN).orElseThrow().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> updates().revise(first.id())).isInstanceOf(OfficeException.class)
                .hasFieldOrPropertyWithValue("key", "quarterly.error.draftExists");
        QuarterlyUpdate second = updates().publish(revision.id());
        assertThat(updates().archive()).extracting(UpdateSummary::id).containsExactly(second.id(), first.id());
        assertThat(updates().current(2026, 4, Language.EN).orElseThrow().id()).isEqualTo(second.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUpdateThatOverflowsIsNotPublishedAndStaysADraft(Engine engine) {
        office = TestOffices.open(engine, folder);
        QuarterlyUpdate crowded = updates().create(typical(Language.FR).withSections(List.of(new UpdateSection(1,
                "Trop long", "Texte qui ne finit pas. ".repeat(300)))));

        OfficeException refused = catchThrowableOfType(OfficeException.class, () -> updates().publish(crowded.id()));

        assertThat(refused.key()).isEqualTo("quarterly.error.overflow");
        assertThat(refused.arguments()[0]).isEqualTo(1);
        assertThat(updates().find(crowded.id()).orElseThrow().status()).isEqualTo(UpdateStatus.DRAFT);
        assertThat(updates().archive()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneEditionPerQuarterAndLanguageAndBadInputIsRefusedFieldByField(Engine engine) {
        office = TestOffices.open(engine, folder);
        QuarterlyUpdate french = updates().create(typical(Language.FR).withFigures(null));
        updates().create(typical(Language.EN));

        ValidationException twice = catchThrowableOfType(ValidationException.class,
                () -> updates().create(typical(Language.FR)));
        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> updates().save(french.id(),
                new QuarterlyUpdateDraft(2026, 4, Language.FR, " ", null, Paper.A4,
                        List.of(new UpdateSection(3, "", "texte")), new UpdateImage(new byte[]{1, 2, 3}, null, 1),
                        List.of(new KeyFigure(null, "libellé", " ", true)))));

        assertThat(french.figures()).extracting(KeyFigure::source)
                .containsExactly(KeyFigures.MEMBERS_APPROVED, KeyFigures.FUND_AWARDS);
        assertThat(twice.errors()).extracting(e -> e.field()).containsExactly("quarter");
        assertThat(bad.errors()).extracting(e -> e.field()).containsExactlyInAnyOrder("title", "issueDate",
                "sections[0].page", "sections[0].heading", "image", "figures[0].value");
        assertThat(updates().all()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theWrittenPdfIsWholeAndNamedOnDisk(Engine engine) throws Exception {
        office = TestOffices.open(engine, folder);
        QuarterlyUpdate update = updates().create(typical(Language.EN));
        Path output = folder.resolve("update.pdf");

        QuarterlyUpdateRenderer.Rendering rendering = updates().writePdf(update, Paper.A4, false, output);

        assertThat(Files.readAllBytes(output)).isEqualTo(rendering.pdf());
        assertThat(rendering.pages()).isEqualTo(2);
    }

    private Event consultation(String titleFr, String titleEn, LocalDate start) {
        Event event = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION, titleFr, titleEn, start,
                start.plusDays(2), "Montréal", null, null, null, null, EventStatus.REGISTRATION_OPEN));
        office.events().addRate(event.id(), new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                10_000L, 5_000L, null, null));
        return event;
    }

    private static RegistrationDraft person(String name, String email) {
        return new RegistrationDraft(new ContactDraft(name, email, null, Language.FR, null, null), null,
                "Groupe citoyen", null, Set.of(), Set.of(), Language.FR, null, null, null, null, null);
    }
}
