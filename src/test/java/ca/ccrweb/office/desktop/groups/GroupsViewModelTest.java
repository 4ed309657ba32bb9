package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.core.TestOffices;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.governance.ExecutivePosition;
import ca.ccrweb.office.core.governance.ExecutiveTermDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.desktop.ViewModelTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GroupsViewModelTest {
    @TempDir
    Path folder;

    private ViewModelTesting testing;
    private GroupsViewModel page;

    @BeforeEach
    void open() {
        testing = new ViewModelTesting(folder);
        page = new GroupsViewModel(testing.office, testing.executor, testing.feedback, testing.localizer, true);
    }

    @AfterEach
    void close() throws Exception {
        testing.close();
    }

    @Test
    void theCommitteeShowsWhoServesTodayAndEveryoneOnRequest() {
        LocalDate today = LocalDate.now(testing.office.clock());
        testing.office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.PRESIDENT,
                new ContactDraft("Loly Rico", "loly@example.org", null, Language.EN, null, null), null,
                today.minusYears(3), today.minusYears(1)));
        testing.office.governance().addExecutiveTerm(new ExecutiveTermDraft(ExecutivePosition.PRESIDENT,
                new ContactDraft("Abdi Hassan", "abdi@example.org", null, Language.EN, null, null), null,
                today.minusYears(1).plusDays(1), null));

        page.load();

        assertThat(page.executive().terms()).hasSize(2);
        assertThat(page.executive().shown()).extracting(term -> term.fullName()).containsExactly("Abdi Hassan");
        page.executive().servingOnlyProperty().set(false);
        assertThat(page.executive().shown()).hasSize(2);
    }

    @Test
    void aSecondChairForTheSameSeatAndTimeIsRefusedWithTheHolderNamed() {
        page.load();
        page.groupList().selectedProperty().set(page.groupList().rows().get(1));
        page.groupList().startForm();
        page.groupList().seatProperty().set(ca.ccrweb.office.core.groups.ChairSeat.CHAIR);
        page.groupList().fullNameProperty().set("Loly Rico");
        page.groupList().saveChairTerm(() -> { });
        page.groupList().startForm();
        page.groupList().seatProperty().set(ca.ccrweb.office.core.groups.ChairSeat.CHAIR);
        page.groupList().fullNameProperty().set("Abdi Hassan");
        boolean[] closed = {false};
        page.groupList().saveChairTerm(() -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(testing.feedback.errors()).singleElement().asString().contains("Loly Rico");
        assertThat(page.groupList().terms()).extracting(term -> term.fullName()).containsExactly("Loly Rico");
        assertThat(page.groupList().rows().get(1).chairsToday()).hasSize(1);
    }

    @Test
    void theOfficeAddsAGroupButNeverAFourthWorkingGroup() {
        page.load();
        page.groupList().startGroupForm(false);
        page.groupList().kindProperty().set(ca.ccrweb.office.core.groups.GroupKind.WORKING_GROUP);
        page.groupList().nameFrProperty().set("Quatrième groupe");
        page.groupList().nameEnProperty().set("Fourth group");
        page.groupList().saveGroup(() -> { });
        assertThat(testing.feedback.errors()).singleElement().asString().contains("group.error.workingGroupsFixed");

        page.groupList().kindProperty().set(ca.ccrweb.office.core.groups.GroupKind.OTHER);
        page.groupList().nameFrProperty().set("Caucus des femmes réfugiées");
        page.groupList().nameEnProperty().set("Refugee Women’s Caucus");
        page.groupList().staffLiaisonProperty().set("Laurence Gagnon");
        page.groupList().saveGroup(() -> { });

        assertThat(page.groups()).hasSize(6);
        assertThat(page.groupList().rows()).last().satisfies(row -> {
            assertThat(row.group().nameEn()).isEqualTo("Refugee Women’s Caucus");
            assertThat(row.group().staffLiaison()).isEqualTo("Laurence Gagnon");
        });
        assertThat(testing.feedback.notifications()).contains("Group “Refugee Women’s Caucus” added");
    }
}
