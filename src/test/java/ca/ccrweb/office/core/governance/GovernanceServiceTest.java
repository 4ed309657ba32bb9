package ca.ccrweb.office.core.governance;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.common.ValidationException;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.db.Engine;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.l10n.Messages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GovernanceServiceTest {
    @TempDir
    Path folder;

    private OfficeServices office;

    private void open(Engine engine) {
        office = TestOffices.open(engine, folder);
    }

    private Resolution resolution(int year, Integer number, String titleFr, ResolutionStatus status,
                                  Set<ResolutionTheme> themes, List<Long> related) {
        long inland = office.groups().byCode(WorkingGroup.INLAND_PROTECTION.name()).orElseThrow().id();
        return office.governance().createResolution(new ResolutionDraft(year, number, titleFr, titleFr + " (EN)",
                "ATTENDU QUE " + titleFr.toLowerCase() + " ;\nIL EST RÉSOLU que le CCR agisse.",
                "WHEREAS " + titleFr + ";\nBE IT RESOLVED that the CCR act.", inland, null, null, status, themes,
                related));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void resolutionNumbersAreUniqueWithinAYearAndStartAgainEachYear(Engine engine) {
        open(engine);
        Resolution first = resolution(2024, null, "Détention des enfants", ResolutionStatus.ADOPTED,
                Set.of(ResolutionTheme.DETENTION), List.of());
        Resolution second = resolution(2024, null, "Réunification familiale", ResolutionStatus.ADOPTED,
                Set.of(ResolutionTheme.FAMILY_REUNIFICATION), List.of());
        Resolution typed = resolution(2024, 7, "Parrainage privé", ResolutionStatus.PROPOSED, Set.of(), List.of());
        Resolution nextYear = resolution(2025, null, "Permis de séjour temporaire", ResolutionStatus.ADOPTED, Set.of(),
                List.of(second.id()));

        assertThat(List.of(first.code(), second.code(), typed.code(), nextYear.code()))
                .containsExactly("2024-01", "2024-02", "2024-07", "2025-01");
        assertThat(office.governance().nextResolutionNumber(2024)).isEqualTo(8);
        ValidationException taken = catchThrowableOfType(ValidationException.class,
                () -> resolution(2024, 2, "Doublon", ResolutionStatus.PROPOSED, Set.of(), List.of()));
        assertThat(taken.errorFor("number")).hasValueSatisfying(error -> assertThat(
                error.localizedMessage(Messages.of(Language.FR))).startsWith("La résolution 2024-02 existe déjà"));
        ValidationException moved = catchThrowableOfType(ValidationException.class, () -> office.governance()
                .updateResolution(typed.id(), new ResolutionDraft(2024, 1,
                        typed.titleFr(), typed.titleEn(), null, null, null, null, null, typed.status(), Set.of(),
                        List.of())));
        assertThat(moved.errorFor("number")).isPresent();
        Resolution renumbered = office.governance().updateResolution(typed.id(), new ResolutionDraft(2024, 3,
                typed.titleFr(), typed.titleEn(), null, null, null, null, null, ResolutionStatus.ADOPTED, Set.of(),
                List.of()));
        assertThat(renumbered.code()).isEqualTo("2024-03");
        assertThat(office.governance().resolutions()).extracting(Resolution::code)
                .containsExactly("2025-01", "2024-01", "2024-02", "2024-03");
        assertThat(office.governance().resolution(nextYear.id()).orElseThrow().relatedIds()).containsExactly(second.id());
        assertThat(office.governance().resolutionYears()).containsExactly(2025, 2024);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theRegisterIsSearchedByWordsInEitherLanguageWithoutAccentsAndByTheme(Engine engine) {
        open(engine);
        resolution(2023, null, "Détention des enfants", ResolutionStatus.ADOPTED,
                Set.of(ResolutionTheme.DETENTION, ResolutionTheme.SEPARATED_CHILDREN), List.of());
        resolution(2024, null, "Réunification familiale", ResolutionStatus.ADOPTED,
                Set.of(ResolutionTheme.FAMILY_REUNIFICATION, ResolutionTheme.SEPARATED_CHILDREN), List.of());
        resolution(2024, null, "Certificats de sécurité", ResolutionStatus.ARCHIVED,
                Set.of(ResolutionTheme.SECURITY_CERTIFICATES), List.of());

        assertThat(office.governance().resolutions(new ResolutionSearch("detention", null, null, null)))
                .extracting(Resolution::code).containsExactly("2023-01");
        assertThat(office.governance().resolutions(new ResolutionSearch("be it resolved reunification", null, null,
                null))).extracting(Resolution::code).containsExactly("2024-01");
        assertThat(office.governance().resolutions(new ResolutionSearch(null, ResolutionTheme.SEPARATED_CHILDREN,
                null, null))).extracting(Resolution::code).containsExactly("2024-01", "2023-01");
        assertThat(office.governance().resolutions(new ResolutionSearch("protection au canada", null,
                ResolutionStatus.ARCHIVED, 2024))).extracting(Resolution::code).containsExactly("2024-02");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void oneTreasurerAtATimeButSeveralVicePresidents(Engine engine) {
        open(engine);
        long fall = office.events().create(new EventDraft(EventKind.NATIONAL_CONSULTATION,
                "Consultation d’automne 2025", "Fall Consultation 2025", LocalDate.of(2025, 11, 27),
                LocalDate.of(2025, 11, 29), "Toronto", null, null, null, null, EventStatus.COMPLETED)).id();
        ExecutiveTerm treasurer = office.governance().addExecutiveTerm(new ExecutiveTermDraft(
                ExecutivePosition.TREASURER, new ContactDraft("Nguyễn Thị Lan", "lan@example.org", null, Language.EN,
                null, "Vietnamese Association"), fall, LocalDate.of(2025, 11, 29), LocalDate.of(2027, 11, 30)));
        assertThat(treasurer.electedAt(Language.EN)).isEqualTo("Fall Consultation 2025");
        assertThat(treasurer.organizationName()).isEqualTo("Vietnamese Association");

        OfficeException second = catchThrowableOfType(OfficeException.class, () -> office.governance().addExecutiveTerm(
                new ExecutiveTermDraft(ExecutivePosition.TREASURER, new ContactDraft("Jean Roy", "jean@example.org",
                        null, Language.FR, null, null), null, LocalDate.of(2026, 6, 1), null)));
        assertThat(second.localizedMessage(Messages.of(Language.EN))).startsWith("Treasurer: Nguyễn Thị Lan holds");

        office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.VICE_PRESIDENT,
                new ContactDraft("Jean Roy", "jean@example.org", null, Language.FR, null, null), fall,
                LocalDate.of(2025, 11, 29), null));
        office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.VICE_PRESIDENT,
                new ContactDraft("Amina Haddad", "amina@example.org", null, Language.FR, null, null), fall,
                LocalDate.of(2025, 11, 29), null));
        OfficeException twiceTheSame = catchThrowableOfType(OfficeException.class, () -> office.governance()
                .addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.VICE_PRESIDENT, new ContactDraft(
                        "Jean Roy", "jean@example.org", null, Language.FR, null, null), null,
                        LocalDate.of(2026, 1, 1), null)));
        assertThat(twiceTheSame.key()).isEqualTo("term.error.overlapOpen");

        assertThat(office.governance().executiveOn(LocalDate.of(2026, 1, 15))).extracting(ExecutiveTerm::position)
                .containsExactly(ExecutivePosition.VICE_PRESIDENT, ExecutivePosition.VICE_PRESIDENT,
                        ExecutivePosition.TREASURER);
        office.governance().endExecutiveTerm(treasurer.id(), LocalDate.of(2026, 5, 31));
        assertThat(office.governance().executiveOn(LocalDate.of(2026, 6, 15))).hasSize(2);
    }
}
