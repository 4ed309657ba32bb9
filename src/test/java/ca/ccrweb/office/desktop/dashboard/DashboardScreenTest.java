package ca.ccrweb.office.desktop.dashboard;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.dashboard.Dashboard;
import ca.ccrweb.office.core.demo.DemoData;
import ca.ccrweb.office.core.demo.DemoEvents;
import ca.ccrweb.office.core.demo.DemoFund;
import ca.ccrweb.office.desktop.FxTesting;
import ca.ccrweb.office.desktop.common.FxTaskExecutor;
import ca.ccrweb.office.desktop.shell.MainWindow;
import ca.ccrweb.office.desktop.shell.Section;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;

import static ca.ccrweb.office.desktop.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The start page on the demo data: its tiles show the figures of the data and each opens its list. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
    @TempDir
    static Path demo;

    @TempDir
    Path folder;

    private OfficeServices office;
    private FxTaskExecutor executor;
    private MainWindow window;

    /** Made once, before the window: the demo takes longer than a window's start may. */
    @BeforeAll
    static void fillTheDemo() {
        try (OfficeServices demoOffice = FxTesting.openOffice(demo)) {
            DemoData.generate(demoOffice, 1, DemoData.DEFAULT_SEED);
            DemoEvents.generate(demoOffice, 1, DemoData.DEFAULT_SEED);
            DemoFund.generate(demoOffice, DemoData.DEFAULT_SEED);
        }
    }

    @Start
    void start(Stage stage) {
        office = FxTesting.openOffice(demo);
        executor = new FxTaskExecutor();
        window = FxTesting.show(stage, office, executor);
        window.show(Section.DASHBOARD);
    }

    @Stop
    void stop() throws Exception {
        executor.shutdown();
        office.close();
    }

    @Test
    void theTilesShowTheDemoFiguresAndOpenTheirLists(FxRobot robot) {
        Dashboard expected = office.dashboard().load();
        assertThat(expected.applicationsWaiting()).isPositive();
        assertThat(expected.renewalsOverdue()).isPositive();
        assertThat(expected.activeMembers()).isPositive();

        waitUntil(() -> robot.lookup("#tile-applications-figure").tryQuery().isPresent());
        assertThat(FxTesting.text(robot, "#tile-applications-figure"))
                .isEqualTo(String.valueOf(expected.applicationsWaiting()));
        assertThat(FxTesting.text(robot, "#tile-renewals-figure")).isEqualTo(String.valueOf(expected.renewalsOverdue()));
        assertThat(FxTesting.text(robot, "#tile-members-figure")).isEqualTo(String.valueOf(expected.activeMembers()));
        assertThat(FxTesting.text(robot, "#tile-events-figure"))
                .isEqualTo(String.valueOf(expected.upcomingEvents().size()));
        assertThat(robot.lookup("#tile-activity").tryQuery()).isPresent();

        robot.clickOn("#tile-applications");
        waitUntil(() -> FxTesting.rows(robot, "#applicationsTable") == expected.applicationsWaiting());

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#tile-renewals").tryQuery().isPresent());
        robot.clickOn("#tile-renewals");
        waitUntil(() -> robot.lookup("#renewalsTable").tryQuery().isPresent()
                && FxTesting.rows(robot, "#renewalsTable") >= expected.renewalsOverdue());

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#tile-members").tryQuery().isPresent());
        robot.clickOn("#tile-members");
        waitUntil(() -> robot.lookup("#directoryTable").tryQuery().isPresent()
                && FxTesting.rows(robot, "#directoryTable") == expected.activeMembers());

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#tile-events").tryQuery().isPresent());
        robot.clickOn("#tile-events");
        waitUntil(() -> robot.lookup("#eventsTable").tryQuery().isPresent());
    }
}
