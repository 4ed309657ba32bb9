package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.SectionTabs;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;


/**
 * The page of one event: a way back to the list, the event's title and facts, and its tabs. The tab shown
 * follows the view model, so opening a new event lands on its details.
 */
public final class EventView {
    private final EventViewModel viewModel;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final SectionTabs<EventViewModel.Tab> tabs;
    private final RegistrationsView registrations;
    private final CheckInView checkIn;
    private Runnable onBack = () -> { };

    public EventView(EventViewModel viewModel, RegistrationsView registrations, CheckInView checkIn,
                     EventDetailsView details, ProgrammeView programme, FeeScheduleView feeSchedule,
                     EventDashboardView dashboard, Localizer localizer, Dialogs dialogs, Permissions permissions) {
        this.viewModel = viewModel;
        this.tabs = new SectionTabs<>(EventViewModel.Tab.class, localizer, "tab-");
        this.dialogs = dialogs;
        this.registrations = registrations;
        this.checkIn = checkIn;
        root.setId("eventPage");
        root.getStyleClass().add(StyleClasses.PAGE);

        Button back = new Button(null, Icons.of(Feather.ARROW_LEFT));
        back.setId("backToEventsButton");
        back.textProperty().bind(localizer.text("events.action.back"));
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.setOnAction(event -> onBack.run());
        Label title = new Label();
        title.setId("eventTitle");
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label facts = new Label();
        facts.setId("eventFacts");
        facts.textProperty().bind(viewModel.factsProperty());
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        Label status = new Label();
        status.setId("eventStatusBadge");
        viewModel.eventProperty().subscribe(event -> showStatus(status, event, localizer));
        LanguageSwitches.follow(localizer, status, after ->
                showStatus(status, viewModel.event(), localizer));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("eventLoading");
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        VBox titles = new VBox(2, title, facts);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox heading = new HBox(12, titles, loading, status);
        heading.setAlignment(Pos.TOP_LEFT);
        VBox top = new VBox(4, back, heading);
        top.setPadding(new Insets(0, 0, 8, 0));

        tabs.add(EventViewModel.Tab.REGISTRATIONS, "events.tab.registrations", registrations.view());
        if (permissions.can(Permission.MANAGE_REGISTRATIONS)) {
            tabs.add(EventViewModel.Tab.CHECK_IN, "events.tab.checkIn", checkIn.view());
        }
        tabs.add(EventViewModel.Tab.DETAILS, "events.tab.details", details.view());
        tabs.add(EventViewModel.Tab.PROGRAMME, "events.tab.programme", programme.view());
        tabs.add(EventViewModel.Tab.FEES, "events.tab.fees", feeSchedule.view());
        tabs.add(EventViewModel.Tab.DASHBOARD, "events.tab.dashboard", dashboard.view());
        tabs.follow(viewModel.tabProperty());
        viewModel.tabProperty().subscribe(name -> {
            dashboard.setShown(name == EventViewModel.Tab.DASHBOARD);
            if (name == EventViewModel.Tab.CHECK_IN) {
                Platform.runLater(checkIn::focusSearch);
            }
        });

        root.setTop(top);
        root.setCenter(tabs.view());
    }

    private static void showStatus(Label badge, Event event, Localizer localizer) {
        badge.setVisible(event != null);
        if (event != null) {
            EventCells.show(badge, event.status(), localizer);
        }
    }

    public void setOnBack(Runnable onBack) {
        this.onBack = onBack;
    }

    Node view() {
        return root;
    }

    /** The page was put on screen. */
    void shown() {
        if (viewModel.tabProperty().get() == EventViewModel.Tab.REGISTRATIONS) {
            registrations.focusSearch();
        }
    }

    void focusSearch() {
        if (viewModel.tabProperty().get() == EventViewModel.Tab.CHECK_IN) {
            checkIn.focusSearch();
        } else {
            viewModel.tabProperty().set(EventViewModel.Tab.REGISTRATIONS);
            registrations.focusSearch();
        }
    }

    void createNew() {
        viewModel.tabProperty().set(EventViewModel.Tab.REGISTRATIONS);
        registrations.createNew();
    }

    void export() {
        viewModel.tabProperty().set(EventViewModel.Tab.REGISTRATIONS);
        registrations.export();
    }

    /** Whether the page may be left; asks first when the event's details hold unsaved edits. */
    boolean confirmLeave() {
        if (!viewModel.details().isDirty()) {
            return true;
        }
        if (!dialogs.confirmDiscard()) {
            viewModel.tabProperty().set(EventViewModel.Tab.DETAILS);
            return false;
        }
        viewModel.details().revert();
        return true;
    }
}
