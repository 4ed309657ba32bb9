package ca.ccrweb.office.desktop.membership;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.DatabaseSettings;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.membership.OrganizationDraft;
import ca.ccrweb.office.core.membership.Clientele;
import ca.ccrweb.office.core.membership.Organization;
import ca.ccrweb.office.core.membership.Province;
import ca.ccrweb.office.core.membership.ServiceOffered;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationFormViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private OrganizationFormViewModel form;
    private final List<Organization> saved = new ArrayList<>();

    @BeforeEach
    void openOffice() {
        testing = new ViewModelTesting(folder);
        form = new OrganizationFormViewModel(testing.office.membership(), testing.executor, testing.feedback,
                testing.localizer, FxTesting.CLOCK);
        form.setOnSaved(saved::add);
    }

    @AfterEach
    void closeOffice() throws Exception {
        testing.close();
    }

    @Test
    void refusesInvalidInputWithAMessageBesideEachFieldAndSavesNothing() {
        form.emailProperty().set("not an email");
        form.phoneProperty().set("call us");
        form.websiteProperty().set("nowhere");
        form.postalCodeProperty().set("12345");

        form.save();

        assertThat(form.errors().text("name").get()).isEqualTo("Required.");
        assertThat(form.errors().text("email").get()).isEqualTo("Not a valid email address.");
        assertThat(form.errors().text("phone").get()).isEqualTo("Not a valid phone number.");
        assertThat(form.errors().text("website").get()).isEqualTo("Not a valid website address.");
        assertThat(form.errors().text("postalCode").get()).isEqualTo("A Canadian postal code looks like H2X 1Y4.");
        assertThat(form.errors().text("province").get()).isEqualTo("Required.");
        assertThat(form.errors().text("language").get()).isEqualTo("Required.");
        assertThat(form.errors().text("city").get()).isEmpty();
        assertThat(form.formMessageProperty().get()).isEqualTo("Some fields need attention.");
        assertThat(testing.office.membership().all()).isEmpty();
        assertThat(saved).isEmpty();
        assertThat(testing.feedback.errors()).isEmpty();
    }

    @Test
    void fieldMessagesFollowTheLanguage() {
        form.save();

        testing.localizer.setLanguage(Language.FR);

        assertThat(form.errors().text("name").get()).isEqualTo("Obligatoire.");
        assertThat(form.errors().text("email").get()).isEqualTo("Obligatoire.");
    }

    @Test
    void correctingTheInputThenSavingRecordsTheApplicationAndClearsTheMessages() {
        form.save();
        fillValidApplication();

        form.save();

        assertThat(saved).singleElement().satisfies(organization -> {
            assertThat(organization.name()).isEqualTo("Maison Bienvenue");
            assertThat(organization.postalCode()).isEqualTo("H2X 1Y4");
            assertThat(organization.services()).containsExactly(ServiceOffered.HOUSING);
            assertThat(organization.clienteles()).containsExactly(Clientele.YOUTH);
        });
        assertThat(testing.office.membership().all()).hasSize(1);
        assertThat(form.errors().isEmpty()).isTrue();
        assertThat(form.formMessageProperty().get()).isEmpty();
        assertThat(form.isCreating()).isFalse();
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void editingMarksTheFormChangedUntilSavedOrReverted() {
        fillValidApplication();
        form.save();
        Organization organization = saved.getFirst();
        form.edit(organization);
        assertThat(form.isDirty()).isFalse();

        form.cityProperty().set("Laval");
        form.services().add(ServiceOffered.EMPLOYMENT);
        assertThat(form.isDirty()).isTrue();

        form.revert();
        assertThat(form.isDirty()).isFalse();
        assertThat(form.cityProperty().get()).isEqualTo("Montréal");
        assertThat(form.services()).containsExactly(ServiceOffered.HOUSING);

        form.cityProperty().set("Laval");
        form.save();
        assertThat(testing.office.membership().find(organization.id()).orElseThrow().city()).isEqualTo("Laval");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void anInvalidEditSavesNothing() {
        fillValidApplication();
        form.save();
        Organization organization = saved.getFirst();
        form.edit(organization);

        form.emailProperty().set("");
        form.save();

        assertThat(form.errors().text("email").get()).isEqualTo("Required.");
        assertThat(testing.office.membership().find(organization.id()).orElseThrow().email())
                .isEqualTo("info@bienvenue.example");
        assertThat(form.isDirty()).isTrue();
    }

    private void fillValidApplication() {
        form.nameProperty().set("Maison Bienvenue");
        form.emailProperty().set("info@bienvenue.example");
        form.phoneProperty().set("514 555-0199");
        form.websiteProperty().set("bienvenue.example");
        form.cityProperty().set("Montréal");
        form.postalCodeProperty().set("h2x1y4");
        form.provinceProperty().set(Province.QC);
        form.languageProperty().set(Language.FR);
        form.services().addAll(Set.of(ServiceOffered.HOUSING));
        form.clienteles().add(Clientele.YOUTH);
    }

    @Test
    void aSaveOverAnotherWorkstationsChangeIsRefusedNamingThemAndReloadingKeepsWhatWasTypedToCompare() {
        Organization organization = testing.apply("Accueil Montréal", "accueil@example.org", "Montréal", Province.QC);
        form.edit(testing.office.membership().find(organization.id()).orElseThrow());
        try (OfficeServices elsewhere = new OfficeServices(
                Database.open(DatabaseSettings.sqliteFile(folder.resolve("t.db"))),
                Clock.offset(FxTesting.CLOCK, Duration.ofMinutes(1)), Actor.named("bruno.t"))) {
            OrganizationDraft theirs = organization.toDraft();
            elsewhere.membership().update(organization.id(), new OrganizationDraft(theirs.name(),
                    theirs.nameOtherLanguage(), theirs.email(), theirs.phone(), theirs.website(), theirs.streetAddress(),
                    "Laval", theirs.postalCode(), theirs.province(), theirs.language(), theirs.services(),
                    theirs.clienteles(), theirs.notes()));
        }
        form.phoneProperty().set("514-555-0111");

        form.save();

        assertThat(form.conflictProperty().get()).startsWith("This record was changed by bruno.t on ");
        assertThat(saved).isEmpty();
        assertThat(testing.office.membership().find(organization.id()).orElseThrow().phone())
                .isEqualTo(organization.phone());

        form.reloadKeepingTyped();
        assertThat(form.cityProperty().get()).isEqualTo("Laval");
        assertThat(form.phoneProperty().get()).isEqualTo(organization.phone());
        assertThat(form.conflictProperty().get()).isEmpty();
        assertThat(form.comparisonProperty().get()).isEqualTo(
                "Reloaded with the other change. What you had typed: Phone: 514-555-0111");

        form.putBackTyped();
        assertThat(form.phoneProperty().get()).isEqualTo("514-555-0111");
        assertThat(form.cityProperty().get()).isEqualTo("Laval");
        form.save();
        Organization both = testing.office.membership().find(organization.id()).orElseThrow();
        assertThat(both.phone()).isEqualTo("514-555-0111");
        assertThat(both.city()).isEqualTo("Laval");
    }
}
