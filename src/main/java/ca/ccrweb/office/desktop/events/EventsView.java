package ca.ccrweb.office.desktop.events;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.events.EventKind;
import ca.ccrweb.office.core.events.EventStatus;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Icons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The events section: the list of events (search, filters by kind and status, places taken, waiting lists)
 * and, once one is opened, that event's page in its place.
 */
public final class EventsView implements Page {
    private final EventsViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final EventView eventView;
    private final EventFormDialog newEventDialog;
    private final StackPane root = new StackPane();
    private final BorderPane listPane = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<EventRow> table;

    private final Permissions permissions;

    public EventsView(EventsViewModel viewModel, EventView eventView, Localizer localizer, Dialogs dialogs,
                      Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.eventView = eventView;
        this.newEventDialog = new EventFormDialog(viewModel.newEvent(), localizer, dialogs);
        root.setId("eventsPage");
        listPane.setId("eventsList");
        listPane.getStyleClass().add(StyleClasses.PAGE);

        search.setId("searchField");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.promptTextProperty().bind(localizer.text("events.search.prompt"));
        search.setPrefWidth(300);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<Choices.Choice<EventKind>> kind = Choices.filter(localizer, List.of(EventKind.values()),
                viewModel.kindProperty(), "events.filter.allKinds");
        kind.setId("eventKindFilter");
        ComboBox<Choices.Choice<EventStatus>> status = Choices.filter(localizer, List.of(EventStatus.values()),
                viewModel.statusProperty(), "events.filter.allStatuses");
        status.setId("eventStatusFilter");
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("clearFiltersButton");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip clearTip = new Tooltip();
        clearTip.textProperty().bind(localizer.text("common.action.clearFilters"));
        clear.setTooltip(clearTip);
        clear.setOnAction(event -> viewModel.clearFilters());
        Label count = new Label();
        count.setId("eventCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button newEvent = Buttons.accent(localizer, "newEventButton", "events.action.new", Feather.PLUS);
        newEvent.setOnAction(event -> createNew());
        permissions.showOnlyIf(Permission.MANAGE_EVENTS, newEvent);

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("eventsTable");
        TableColumn<EventRow, String> title = Tables.text(localizer, "events.column.title",
                row -> row.event().title(localizer.language()));
        title.setPrefWidth(300);
        title.setMinWidth(180);
        TableColumn<EventRow, EventKind> kindColumn = Tables.label(localizer, "events.column.kind",
                row -> row.event().kind());
        kindColumn.setPrefWidth(190);
        kindColumn.setMinWidth(120);
        TableColumn<EventRow, LocalDate> dates = Tables.date(localizer, "events.column.dates",
                row -> row.event().startsOn());
        dates.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate start, boolean empty) {
                super.updateItem(start, empty);
                EventRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : EventTexts.dates(localizer, row.event()));
            }
        });
        dates.setPrefWidth(200);
        dates.setMinWidth(180);
        TableColumn<EventRow, String> city = Tables.text(localizer, "events.column.city", row -> row.event().city());
        city.setPrefWidth(120);
        TableColumn<EventRow, EventStatus> statusColumn = EventCells.badge(localizer, "events.column.status",
                row -> row.event().status());
        statusColumn.setPrefWidth(170);
        statusColumn.setMinWidth(150);
        TableColumn<EventRow, Integer> places = EventCells.count(localizer, "events.column.places",
                row -> row.places().taken());
        places.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Integer taken, boolean empty) {
                super.updateItem(taken, empty);
                EventRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : EventTexts.places(localizer, row.event(), row.places()));
            }
        });
        places.setPrefWidth(120);
        places.setMinWidth(110);
        TableColumn<EventRow, Integer> waitlisted = EventCells.count(localizer, "events.column.waitlisted",
                row -> row.places().waitlisted());
        waitlisted.setPrefWidth(100);
        waitlisted.setMinWidth(90);
        table.getColumns().addAll(List.of(title, kindColumn, dates, city, statusColumn, places, waitlisted));
        Tables.showWhenWiderThan(table, waitlisted, 1000);
        Tables.showWhenWiderThan(table, city, 860);
        dates.setSortType(TableColumn.SortType.DESCENDING);
        dates.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        table.getSortOrder().add(dates);
        table.setPlaceholder(Tables.placeholder(Feather.CALENDAR, localizer.text(() -> localizer.get(
                viewModel.rows().isEmpty() ? "events.empty.none" : "events.empty.filtered"), viewModel.rows())));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        table.setRowFactory(view -> {
            TableRow<EventRow> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    viewModel.open(row.getItem().event());
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            EventRow chosen = table.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && chosen != null) {
                key.consume();
                viewModel.open(chosen.event());
            }
        });

        VBox top = new VBox(12,
                PageLayout.header(localizer.text("events.title"), localizer.text("events.subtitle"), newEvent),
                PageLayout.toolbar(search, kind, status, clear, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        listPane.setTop(top);
        listPane.setCenter(table);

        root.getChildren().setAll(listPane);
        eventView.setOnBack(this::backToList);
        viewModel.openedProperty().subscribe(this::showOpened);
    }

    private void showOpened(Event opened) {
        if (opened == null) {
            root.getChildren().setAll(listPane);
        } else {
            root.getChildren().setAll(eventView.view());
            eventView.shown();
        }
    }

    /** Back to the list of events, unless the event's page holds edits staff want to keep. */
    void backToList() {
        if (eventView.confirmLeave()) {
            viewModel.close();
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        if (viewModel.openedProperty().get() == null) {
            viewModel.load();
        } else {
            viewModel.eventPage().reload();
        }
    }

    @Override
    public void focusSearch() {
        if (viewModel.openedProperty().get() == null) {
            search.requestFocus();
            search.selectAll();
        } else {
            eventView.focusSearch();
        }
    }

    @Override
    public void createNew() {
        if (viewModel.openedProperty().get() == null) {
            if (!permissions.can(Permission.MANAGE_EVENTS)) {
                return;
            }
            viewModel.startNewEvent();
            newEventDialog.show();
        } else {
            eventView.createNew();
        }
    }

    @Override
    public void export() {
        if (viewModel.openedProperty().get() != null) {
            eventView.export();
        }
    }

    @Override
    public boolean confirmLeave() {
        return viewModel.openedProperty().get() == null || eventView.confirmLeave();
    }
}
