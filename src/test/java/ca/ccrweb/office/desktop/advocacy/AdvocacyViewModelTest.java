package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.core.advocacy.ActionKind;
import ca.ccrweb.office.core.advocacy.ActionResult;
import ca.ccrweb.office.core.advocacy.Audience;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.advocacy.CampaignStatus;
import ca.ccrweb.office.core.advocacy.SuggestedAction;
import ca.ccrweb.office.core.advocacy.TargetKind;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Advocacy section's view models on a real SQLite file: the campaign form, the actions and the results. */
class AdvocacyViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private AdvocacyViewModel page;

    @BeforeEach
    void open() {
        testing = new ViewModelTesting(folder);
        page = new AdvocacyViewModel(testing.office, testing.executor, testing.feedback, testing.localizer,
                permission -> true);
    }

    @AfterEach
    void close() throws Exception {
        testing.close();
    }

    private Campaign newCampaign() {
        CampaignFormViewModel form = page.form();
        form.startNew();
        form.titleFrProperty().set("Permis de séjour temporaire");
        form.titleEnProperty().set("Temporary resident permits");
        form.statusProperty().set(CampaignStatus.ACTIVE);
        form.startsOnProperty().set(LocalDate.of(2026, 9, 1));
        form.save();
        return page.campaignProperty().get();
    }

    @Test
    void aSuggestedActionTypedOnTheCampaignTabIsKeptWithTheCampaignAndAnIncompleteOneIsRefusedBesideItsFields() {
        page.load();
        Campaign campaign = newCampaign();
        CampaignFormViewModel form = page.form();

        form.suggestionAudienceProperty().set(Audience.INDIVIDUALS);
        form.suggestionFrProperty().set("Écrivez à votre député·e");
        boolean incomplete = form.addSuggestion();

        assertThat(incomplete).isFalse();
        assertThat(form.errors().text("suggestionKind").get()).isEqualTo("Required.");
        assertThat(form.errors().text("suggestionEn").get()).isEqualTo("Required.");
        assertThat(form.errors().text("suggestionFr").get()).isEmpty();
        assertThat(form.suggested()).isEmpty();

        form.suggestionKindProperty().set(ActionKind.LETTER_TO_MP);
        form.suggestionEnProperty().set("Write to your MP");
        assertThat(form.addSuggestion()).isTrue();
        form.suggestionAudienceProperty().set(Audience.ORGANIZATIONS);
        form.suggestionKindProperty().set(ActionKind.LETTER_TO_MINISTER);
        form.suggestionFrProperty().set("Écrivez au ministre");
        form.suggestionEnProperty().set("Write to the minister");
        form.addSuggestion();
        form.save();

        SuggestedAction toMp = new SuggestedAction(Audience.INDIVIDUALS, ActionKind.LETTER_TO_MP,
                "Écrivez à votre député·e", "Write to your MP");
        SuggestedAction toMinister = new SuggestedAction(Audience.ORGANIZATIONS, ActionKind.LETTER_TO_MINISTER,
                "Écrivez au ministre", "Write to the minister");
        assertThat(testing.office.advocacy().campaigns()).singleElement()
                .satisfies(saved -> assertThat(saved.suggestedActions()).containsExactly(toMp, toMinister));
        assertThat(page.actionList().kinds()).containsExactlyInAnyOrder(ActionKind.LETTER_TO_MP,
                ActionKind.LETTER_TO_MINISTER, ActionKind.OTHER);
        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(campaign.id()).isEqualTo(page.campaignProperty().get().id());

        form.changeSuggestion(toMp);
        assertThat(form.suggested()).containsExactly(toMinister);
        assertThat(form.suggestionKindProperty().get()).isEqualTo(ActionKind.LETTER_TO_MP);
        form.suggestionEnProperty().set("Write to or call your MP");
        form.addSuggestion();
        form.removeSuggestion(toMinister);
        form.save();

        assertThat(testing.office.advocacy().campaigns().getFirst().suggestedActions()).containsExactly(
                new SuggestedAction(Audience.INDIVIDUALS, ActionKind.LETTER_TO_MP, "Écrivez à votre député·e",
                        "Write to or call your MP"));
    }

    @Test
    void anActionRecordedFromAMemberMovesTheResultsAndTheSearchFindsIt() {
        Organization member = testing.member("Accueil Côte-Nord", "accueil@example.org", "Sept-Îles", Province.QC);
        page.load();
        newCampaign();
        ActionsViewModel actions = page.actionList();
        assertThat(page.results().summaryProperty().get()).startsWith("0 actions reported");

        actions.startNew();
        actions.organizationProperty().set(page.members().getFirst());
        actions.kindProperty().set(ActionKind.LETTER_TO_MINISTER);
        actions.targetProperty().set(TargetKind.MINISTER);
        actions.takenOnProperty().set(LocalDate.of(2026, 10, 2));
        actions.resultProperty().set(ActionResult.REPLY_RECEIVED);
        actions.save();

        assertThat(testing.feedback.errors()).isEmpty();
        assertThat(page.actions()).singleElement().satisfies(action -> {
            assertThat(action.reporterName()).isEqualTo(member.name());
            assertThat(action.province()).isEqualTo(Province.QC);
        });
        assertThat(page.results().summaryProperty().get())
                .startsWith("1 action reported by 1 organization and 0 individuals in 1 province or territory: "
                        + "1 letter to the minister");
        assertThat(actions.countTextProperty().get()).isEqualTo("1 of 1 action");

        actions.searchProperty().set("cote-nord");
        assertThat(actions.shown()).hasSize(1);
        actions.searchProperty().set("Winnipeg");
        assertThat(actions.shown()).isEmpty();
        assertThat(actions.countTextProperty().get()).isEqualTo("0 of 1 action");
    }

    @Test
    void anActionMissingItsKindIsRefusedBesideTheFieldAndNothingIsRecorded() {
        testing.member("Accueil Côte-Nord", "accueil@example.org", "Sept-Îles", Province.QC);
        page.load();
        newCampaign();
        ActionsViewModel actions = page.actionList();

        actions.startNew();
        actions.organizationProperty().set(page.members().getFirst());
        actions.targetProperty().set(TargetKind.MINISTER);
        actions.save();

        assertThat(actions.errors().text("kind").get()).isNotEmpty();
        assertThat(testing.office.advocacy().actions(page.campaignProperty().get().id())).isEmpty();
        assertThat(page.results().summaryProperty().get()).startsWith("0 actions reported");
    }
}
