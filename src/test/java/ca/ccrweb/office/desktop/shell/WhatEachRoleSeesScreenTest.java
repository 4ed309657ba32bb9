package ca.ccrweb.office.desktop.shell;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.common.Actor;
import ca.ccrweb.office.core.contacts.ContactDraft;
import ca.ccrweb.office.core.events.EventDraft;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.events.RateCategoryDraft;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.events.RegistrationDraft;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Role;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.SampleOffice;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static ca.ccrweb.office.desktop.FxTesting.clickCell;
import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens offer each role what it may do and nothing else: a viewer reads everything and finds nothing to
 * change, a caseworker no member or event editing, staff every action of their work.
 */
@ExtendWith(ApplicationExtension.class)
class WhatEachRoleSeesScreenTest {
    private static final String APPLICATION = "Comité d’aide aux réfugiés";
    private static final String MEMBER = "FCJ Refugee Centre";

    @TempDir
    Path folder;

    private Stage stage;
    private OfficeServices administrator;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        administrator = FxTesting.openOffice(folder);
        SampleOffice.fill(administrator);
        LocalDate day = LocalDate.now(FxTesting.CLOCK).plusMonths(2);
        long event = administrator.events().create(new EventDraft(EventKind.WEBINAR, "Webinaire des membres",
                "Members’ webinar", day, day, null, null, null, null, null, EventStatus.REGISTRATION_OPEN)).id();
        administrator.events().addRate(event, new RateCategoryDraft(RateKind.NON_MEMBER, "Non-membre", "Non-member",
                1_000L, 1_000L, null, null));
        administrator.registrations().register(event, new RegistrationDraft(new ContactDraft("Amina Haddad",
                "amina@example.org", null, Language.FR, null, null), null, "Groupe citoyen", null, Set.of(), Set.of(),
                Language.FR, null, null, null, null, null));
        executor = new FxTaskExecutor();
    }

    @Stop
    void stop() {
        executor.shutdown();
        administrator.close();
    }

    @Test
    void aViewerSeesTheDataAndNothingToChange(FxRobot robot) {
        showAs(robot, Role.VIEWER);

        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 4);
        assertThat(shown(robot, "#newApplicationButton")).isFalse();
        clickCell(robot, "#applicationsTable", APPLICATION);
        assertThat(FxTesting.text(robot, "#applicationName")).isEqualTo(APPLICATION);
        assertThat(shown(robot, "#approveButton")).isFalse();
        assertThat(shown(robot, "#rejectButton")).isFalse();
        assertThat(shown(robot, "#editApplicationButton")).isFalse();

        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 10);
        assertThat(shown(robot, "#newOrganizationButton")).isFalse();
        assertThat(shown(robot, "#exportButton")).isFalse();
        clickCell(robot, "#organizationsTable", MEMBER);
        waitUntil(() -> MEMBER.equals(robot.lookup("#nameField").queryTextInputControl().getText()));
        assertThat(robot.lookup("#nameField").queryTextInputControl().isEditable()).isFalse();
        assertThat(shown(robot, "#saveButton")).isFalse();
        assertThat(robot.lookup("#organizationDetail .button").<Node>queryAll())
                .noneMatch(button -> button.getId() != null && button.getId().startsWith("action-") && visible(button));
        robot.clickOn("#accountsTab");
        assertThat(shown(robot, "#addAccountButton")).isFalse();
        assertThat(shown(robot, "#disableAccountButton")).isFalse();

        robot.clickOn("#nav-accounts");
        waitUntil(() -> FxTesting.rows(robot, "#accountsTable") > 0);
        assertThat(shown(robot, "#disableAccountButton")).isFalse();
        assertThat(shown(robot, "#newCodeButton")).isFalse();
        assertThat(shown(robot, "#exportButton")).isFalse();

        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        assertThat(shown(robot, "#newEventButton")).isFalse();
        openTheWebinar(robot);
        assertThat(shown(robot, "#newRegistrationButton")).isFalse();
        // A viewer's registration list is built without the actions on a selected registration.
        assertThat(robot.lookup("#recordPaymentActionButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#cancelRegistrationButton").tryQuery()).isEmpty();
        assertThat(shown(robot, "#exportButton")).isFalse();
        assertThat(robot.lookup("#tab-check-in").tryQuery()).isEmpty();
        robot.clickOn("#tab-details");
        assertThat(shown(robot, "#saveEventButton")).isFalse();
        robot.clickOn("#tab-programme");
        assertThat(shown(robot, "#addSessionButton")).isFalse();
        robot.clickOn("#tab-fees");
        assertThat(shown(robot, "#addRateButton")).isFalse();
        assertThat(shown(robot, "#editRateButton")).isFalse();
    }

    @Test
    void aCaseworkerSeesNoMemberOrEventEditing(FxRobot robot) {
        showAs(robot, Role.CASEWORKER);

        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 4);
        clickCell(robot, "#applicationsTable", APPLICATION);
        assertThat(shown(robot, "#approveButton")).isFalse();
        openTheWebinar(robot);
        assertThat(shown(robot, "#newRegistrationButton")).isFalse();
        robot.clickOn("#tab-details");
        assertThat(shown(robot, "#saveEventButton")).isFalse();
    }

    @Test
    void staffSeeEveryActionOfTheirWork(FxRobot robot) {
        showAs(robot, Role.STAFF);

        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == 4);
        assertThat(shown(robot, "#newApplicationButton")).isTrue();
        clickCell(robot, "#applicationsTable", APPLICATION);
        assertThat(shown(robot, "#approveButton")).isTrue();
        assertThat(shown(robot, "#rejectButton")).isTrue();

        robot.clickOn("#nav-members");
        waitUntil(() -> FxTesting.rows(robot, "#organizationsTable") == 10);
        assertThat(shown(robot, "#exportButton")).isTrue();
        clickCell(robot, "#organizationsTable", MEMBER);
        waitUntil(() -> MEMBER.equals(robot.lookup("#nameField").queryTextInputControl().getText()));
        assertThat(robot.lookup("#nameField").queryTextInputControl().isEditable()).isTrue();
        assertThat(shown(robot, "#saveButton")).isTrue();
        assertThat(shown(robot, "#action-suspend")).isTrue();

        openTheWebinar(robot);
        assertThat(shown(robot, "#newRegistrationButton")).isTrue();
        assertThat(shown(robot, "#recordPaymentActionButton")).isTrue();
        assertThat(shown(robot, "#cancelRegistrationButton")).isTrue();
        assertThat(shown(robot, "#exportButton")).isTrue();
        assertThat(robot.lookup("#tab-check-in").tryQuery()).isPresent();
        robot.clickOn("#tab-programme");
        assertThat(shown(robot, "#addSessionButton")).isTrue();
    }

    private void showAs(FxRobot robot, Role role) {
        OfficeServices office = new OfficeServices(administrator.database(), FxTesting.CLOCK, new Actor() {
            @Override
            public String name() {
                return "someone." + role.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Role role() {
                return role;
            }
        });
        robot.interact(() -> FxTesting.show(stage, office, executor));
    }

    private static void openTheWebinar(FxRobot robot) {
        robot.clickOn("#nav-events");
        waitUntil(() -> FxTesting.rows(robot, "#eventsTable") == 1);
        clickCell(robot, "#eventsTable", "Members’ webinar");
        waitUntil(() -> FxTesting.rows(robot, "#registrationsTable") == 1);
    }

    /** Whether the control is on screen: in the scene, itself and every parent visible. */
    private static boolean shown(FxRobot robot, String id) {
        Optional<Node> node = robot.lookup(id).tryQuery();
        assertThat(node).as("a control with the id %s on the screen shown", id).isPresent();
        return visible(node.get());
    }

    private static boolean visible(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
