package ca.ccrweb.office.desktop.dues;

import ca.ccrweb.office.core.common.OfficeException;
import ca.ccrweb.office.core.membership.MembershipStatus;
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

class DuesViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private DuesViewModel viewModel;
    private Organization late;

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        late = testing.member("Centre d’accueil de Montréal", "info@accueil.example", "Montréal", Province.QC);
        testing.member("FCJ Refugee Centre", "office@fcj.example", "Toronto", Province.ON);
        testing.office.dues().assess(late.id(), 2025, testing.office.dues().brackets().getFirst().id(),
                LocalDate.of(2025, 3, 31));
        viewModel = new DuesViewModel(testing.office, testing.executor, testing.feedback, testing.localizer);
        viewModel.load();
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void theAssessmentIsPreviewedBeforeItIsMadeAndSaysWhenAmountsArePlaceholders() {
        viewModel.assessment().yearProperty().set("2030");
        assertThat(viewModel.assessment().dueOnProperty().get()).isEqualTo(LocalDate.of(2030, 3, 31));

        viewModel.assessment().preview();

        assertThat(viewModel.assessment().lines()).hasSize(2);
        assertThat(viewModel.assessment().previewProperty().get().placeholderAmounts()).isTrue();
        assertThat(testing.office.dues().linesOfYear(2030)).isEmpty();

        viewModel.assessment().assess();

        assertThat(testing.office.dues().linesOfYear(2030)).hasSize(2);
        assertThat(viewModel.assessment().lines()).isEmpty();
        assertThat(testing.feedback.notifications()).anySatisfy(text -> assertThat(text).startsWith("2 dues of 2030"));
    }

    @Test
    void aYearThatIsNotANumberIsSaidPlainly() {
        viewModel.assessment().yearProperty().set("deux mille");

        viewModel.assessment().preview();

        assertThat(testing.feedback.errors()).singleElement().isInstanceOfSatisfying(OfficeException.class,
                e -> assertThat(e.localizedMessage(testing.localizer.messages()))
                        .isEqualTo("'deux mille' is not a whole number."));
    }

    @Test
    void lapsingShowsWhoFirstThenLapsesThem() {
        viewModel.lapse().graceDaysProperty().set("30");
        viewModel.lapse().lapse();
        assertThat(testing.office.membership().find(late.id()).orElseThrow().status())
                .as("nothing before the preview").isEqualTo(MembershipStatus.ACTIVE);

        viewModel.lapse().preview();
        assertThat(viewModel.lapse().candidates()).extracting(c -> c.organizationName())
                .containsExactly("Centre d’accueil de Montréal");
        viewModel.lapse().lapse();

        assertThat(testing.office.membership().find(late.id()).orElseThrow().status()).isEqualTo(MembershipStatus.LAPSED);
        assertThat(viewModel.lapse().candidates()).isEmpty();
    }

    @Test
    void administratorsSetTheYearsAmountsAndTheyAreNoLongerPlaceholders() {
        viewModel.rates().yearProperty().set("2027");
        viewModel.rates().load();
        assertThat(viewModel.rates().placeholderProperty().get()).isTrue();
        viewModel.rates().rows().forEach(rate -> viewModel.rates().fee(rate.bracket().id()).set("125"));

        viewModel.rates().save();

        assertThat(viewModel.rates().placeholderProperty().get()).isFalse();
        assertThat(testing.office.dues().schedule(2027).rates()).allSatisfy(rate ->
                assertThat(rate.feeCents()).isEqualTo(12_500));
    }
}
