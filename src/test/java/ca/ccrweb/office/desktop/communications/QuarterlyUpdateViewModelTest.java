package ca.ccrweb.office.desktop.communications;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.communications.Quarter;
import ca.ccrweb.office.core.communications.QuarterlyUpdate;
import ca.ccrweb.office.core.communications.UpdateStatus;
import ca.ccrweb.office.core.communications.UpdateSummary;
import ca.ccrweb.office.core.demo.DemoUpdates;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import ca.ccrweb.office.desktop.common.PageImage;
import ca.ccrweb.office.desktop.communications.QuarterlyUpdateEditorViewModel.SectionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyUpdateViewModelTest {
    private static final Quarter Q4 = new Quarter(2026, 4);

    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private QuarterlyUpdateEditorViewModel editor;
    private QuarterlyUpdatesViewModel list;

    @BeforeEach
    void open() {
        testing = new ViewModelTesting(folder);
        editor = new QuarterlyUpdateEditorViewModel(testing.office.quarterlyUpdates(), testing.executor,
                testing.feedback, testing.localizer, true);
        list = new QuarterlyUpdatesViewModel(testing.office.quarterlyUpdates(), testing.executor, testing.feedback,
                testing.localizer, FxTesting.CLOCK, editor);
    }

    @AfterEach
    void close() throws Exception {
        testing.close();
    }

    private QuarterlyUpdate typical(Language language) {
        return testing.office.quarterlyUpdates().create(DemoUpdates.typical(Q4, language, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theEditorShowsBothPagesAndEditingASectionRedrawsThePreviewAndItsFit() {
        editor.load(typical(Language.FR));
        List<PageImage> before = List.copyOf(editor.preview());
        int fitBefore = editor.firstPageFitProperty().get();
        int previews = editor.previewsMade();

        SectionItem first = editor.sections().getFirst();
        first.bodyProperty().set(first.bodyProperty().get() + "\n\n- un point de plus\n- et un autre");

        assertThat(before).hasSize(2);
        assertThat(editor.previewsMade()).isGreaterThan(previews);
        assertThat(editor.firstPageFitProperty().get()).isGreaterThan(fitBefore);
        assertThat(editor.preview().getFirst().pixelsDifferentFrom(before.getFirst())).isPositive();
        assertThat(editor.preview().get(1).pixelsDifferentFrom(before.get(1))).isZero();
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.overflowingProperty().get()).isFalse();
    }

    @Test
    void tooMuchTextWarnsOfTheOverflowAndTheUpdateIsNotPublished() {
        QuarterlyUpdate draft = typical(Language.EN);
        editor.load(draft);

        editor.sections().get(1).bodyProperty().set("A long paragraph about protection. ".repeat(120));

        assertThat(editor.overflowingProperty().get()).isTrue();
        assertThat(editor.overflowWarningProperty().get()).startsWith("Page 1 is too full");
        editor.publish();
        assertThat(testing.feedback.errors()).singleElement().isInstanceOfSatisfying(OfficeException.class,
                refusal -> assertThat(refusal.key()).isEqualTo("quarterly.error.overflow"));
        assertThat(testing.office.quarterlyUpdates().find(draft.id()).orElseThrow().status())
                .isEqualTo(UpdateStatus.DRAFT);
    }

    @Test
    void sectionsAreAddedMovedPlacedAndRemovedAndSavedInThatOrder() {
        editor.load(typical(Language.FR));
        editor.selectedSectionProperty().set(editor.sections().get(2));

        editor.addSection();
        SectionItem added = editor.selectedSectionProperty().get();
        added.headingProperty().set("Appel à témoignages");
        added.pageProperty().set(2);
        editor.moveSection(-1);
        editor.selectedSectionProperty().set(editor.sections().getFirst());
        editor.removeSection();
        editor.save();

        QuarterlyUpdate saved = editor.updateProperty().get();
        assertThat(saved.sections()).hasSize(7);
        assertThat(saved.sections().get(1).heading()).isEqualTo("Appel à témoignages");
        assertThat(saved.sections().get(1).page()).isEqualTo(2);
        assertThat(saved.sections().getFirst().heading()).startsWith("Permis de séjour temporaire");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(testing.feedback.notifications()).contains("The draft is saved.");
    }

    @Test
    void aBlankHeadingIsRefusedWithTheSectionNamedAndNothingIsSaved() {
        QuarterlyUpdate draft = typical(Language.EN);
        editor.load(draft);

        editor.sections().get(3).headingProperty().set(" ");
        editor.titleProperty().set("");
        editor.save();

        assertThat(editor.formMessageProperty().get()).isEqualTo("Section 4, heading: Required.");
        assertThat(editor.errors().errorFor("title")).isPresent();
        assertThat(testing.office.quarterlyUpdates().find(draft.id()).orElseThrow().title())
                .isEqualTo(draft.title());
    }

    @Test
    void figuresAreCorrectedThenComputedAgainFromTheData() {
        editor.load(typical(Language.EN));
        editor.figures().getFirst().valueProperty().set("12");

        editor.save();
        QuarterlyUpdate saved = editor.updateProperty().get();
        editor.recomputeFigures();

        assertThat(saved.figures().getFirst().value()).isEqualTo("12");
        assertThat(saved.figures().getFirst().edited()).isTrue();
        assertThat(editor.figures().getFirst().valueProperty().get()).isEqualTo("0");
        assertThat(editor.draft().figures().getFirst().edited()).isFalse();
    }

    @Test
    void publishingFreezesTheEditionAndRevisingOpensTheNextRevisionAsADraft() {
        editor.load(typical(Language.FR));
        editor.titleProperty().set("Titre final");

        editor.publish();
        QuarterlyUpdate published = editor.updateProperty().get();
        boolean editableWhenPublished = editor.editableProperty().get();
        editor.revise();

        assertThat(published.status()).isEqualTo(UpdateStatus.PUBLISHED);
        assertThat(published.title()).isEqualTo("Titre final");
        assertThat(editableWhenPublished).isFalse();
        assertThat(editor.updateProperty().get().revision()).isEqualTo(2);
        assertThat(editor.editableProperty().get()).isTrue();
        assertThat(testing.feedback.notifications()).contains("The update is published and kept in the archive.",
                "Revision 2 is open as a draft.");
    }

    @Test
    void theListShowsEveryEditionOrTheArchiveAndAnArchivedEditionReprintsAsPublished() {
        QuarterlyUpdate published = testing.office.quarterlyUpdates().publish(typical(Language.FR).id());
        typical(Language.EN);
        list.load();

        assertThat(list.shown()).hasSize(2);
        assertThat(list.countTextProperty().get()).isEqualTo("2 editions");
        list.archiveOnlyProperty().set(true);
        assertThat(list.shown()).extracting(UpdateSummary::id).containsExactly(published.id());

        AtomicReference<QuarterlyUpdatesViewModel.Reprint> reprint = new AtomicReference<>();
        list.reprint(list.shown().getFirst(), reprint::set);
        byte[] kept = testing.office.quarterlyUpdates().pdf(published, null, false).pdf();
        assertThat(reprint.get().pdf()).isEqualTo(kept);
        assertThat(reprint.get().pages()).hasSize(2);
    }

    @Test
    void aNewUpdateIsCreatedForTheQuarterChosenWithItsFiguresAndOpens() {
        list.newYearProperty().set(2027);
        list.newQuarterProperty().set(1);
        list.newLanguageProperty().set(Language.FR);

        list.createNew();

        assertThat(list.editingProperty().get()).isTrue();
        QuarterlyUpdate opened = editor.updateProperty().get();
        assertThat(opened.year()).isEqualTo(2027);
        assertThat(opened.language()).isEqualTo(Language.FR);
        assertThat(opened.title()).isEqualTo("Mise à jour trimestrielle");
        assertThat(opened.figures()).isNotEmpty();
        assertThat(editor.preview()).hasSize(2);
        assertThat(list.rows()).hasSize(1);
    }

    @Test
    void aPictureThatIsNotPngOrJpegIsRefusedBesideTheFieldAndAPictureShowsOnItsPage() throws Exception {
        editor.load(typical(Language.EN));
        List<PageImage> before = List.copyOf(editor.preview());
        byte[] png = getClass().getResourceAsStream("/ca/ccrweb/office/icons/ccr-office-64.png").readAllBytes();

        editor.setImage("not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(editor.errors().errorFor("image")).isPresent();
        assertThat(editor.imageBytesProperty().get()).isNull();

        editor.imagePageProperty().set(2);
        editor.setImage(png);
        editor.imageCaptionProperty().set("The youth network in Winnipeg");
        editor.save();

        assertThat(editor.errors().errorFor("image")).isEmpty();
        assertThat(editor.preview().get(1).pixelsDifferentFrom(before.get(1))).isPositive();
        assertThat(editor.updateProperty().get().image().bytes()).isEqualTo(png);
        assertThat(editor.updateProperty().get().image().caption()).isEqualTo("The youth network in Winnipeg");
    }

    @Test
    void aRoleThatMayNotPublishReadsTheDraftWithoutEditingIt() {
        QuarterlyUpdateEditorViewModel reader = new QuarterlyUpdateEditorViewModel(
                testing.office.quarterlyUpdates(), testing.executor, testing.feedback, testing.localizer, false);

        reader.load(typical(Language.EN));

        assertThat(reader.editableProperty().get()).isFalse();
        assertThat(reader.preview()).hasSize(2);
    }
}
