package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.Session;
import ca.ccrweb.office.core.events.SessionKind;
import ca.ccrweb.office.core.events.WorkingGroup;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

/** The programme tab: the sessions by day and time, and the session form to add or change one. */
public final class ProgrammeView {
    private final ProgrammeViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();

    private final Permissions permissions;

    public ProgrammeView(ProgrammeViewModel viewModel, Localizer localizer, Dialogs dialogs,
                         Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("programmeTab");

        TableView<Session> table = Tables.sortable(viewModel.sessions(), localizer);
        table.setId("sessionsTable");
        TableColumn<Session, LocalDate> day = Tables.date(localizer, "events.session.column.day", Session::day);
        day.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        day.setPrefWidth(130);
        TableColumn<Session, String> time = Tables.text(localizer, "events.session.column.time",
                session -> localizer.get("events.session.time", session.startsAt(), session.endsAt()));
        time.setPrefWidth(120);
        TableColumn<Session, SessionKind> kind = Tables.label(localizer, "events.session.column.kind", Session::kind);
        kind.setPrefWidth(190);
        TableColumn<Session, String> title = Tables.text(localizer, "events.session.column.title",
                session -> session.title(localizer.language()));
        title.setPrefWidth(280);
        TableColumn<Session, String> who = Tables.text(localizer, "events.session.column.who", viewModel::whoText);
        who.setPrefWidth(240);
        TableColumn<Session, String> room = Tables.text(localizer, "events.session.column.room", Session::room);
        room.setPrefWidth(120);
        TableColumn<Session, Integer> seats = EventCells.count(localizer, "events.session.column.capacity",
                Session::capacity);
        seats.setPrefWidth(90);
        table.getColumns().addAll(List.of(day, time, kind, title, who, room, seats));
        table.setPlaceholder(Tables.placeholder(Feather.LIST, localizer.text("events.session.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        table.setRowFactory(view -> {
            TableRow<Session> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });

        Button add = Buttons.accent(localizer, "addSessionButton", "events.session.action.add", Feather.PLUS);
        add.setOnAction(event -> {
            viewModel.startNew();
            showForm(localizer.get("events.session.title.new"));
        });
        Button change = Buttons.outlined(localizer, "editSessionButton", "events.session.action.edit", Feather.EDIT_2);
        change.disableProperty().bind(viewModel.selectedProperty().isNull());
        change.setOnAction(event -> edit());
        Button remove = Buttons.outlined(localizer, "removeSessionButton", "events.session.action.remove",
                Feather.TRASH_2);
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(viewModel.selectedProperty().isNull());
        remove.setOnAction(event -> confirmRemove());
        permissions.showOnlyIf(Permission.MANAGE_EVENTS, add, change, remove);
        var toolbar = PageLayout.toolbar(add, change, remove);
        toolbar.setPadding(new Insets(12, 0, 10, 0));
        root.setTop(toolbar);
        root.setCenter(table);
    }

    private void edit() {
        if (permissions.can(Permission.MANAGE_EVENTS) && viewModel.editSelected()) {
            showForm(localizer.get("events.session.title.edit"));
        }
    }

    private void confirmRemove() {
        Session session = viewModel.selectedProperty().get();
        if (session != null && dialogs.confirm(localizer.get("events.session.confirm.remove.header",
                        session.title(localizer.language())), localizer.get("events.session.confirm.remove.text"),
                localizer.get("events.session.action.remove"), true)) {
            viewModel.removeSelected();
        }
    }

    private void showForm(String header) {
        SessionFormViewModel form = viewModel.form();
        ComboBox<SessionKind> kind = Choices.of(localizer, List.of(SessionKind.values()), form.kindProperty(),
                "events.session.prompt.kind");
        kind.setId("sessionKindField");
        ComboBox<WorkingGroup> group = Choices.of(localizer, List.of(WorkingGroup.values()),
                form.workingGroupProperty(), "events.session.prompt.workingGroup");
        group.setId("workingGroupField");
        TextField organizer = FormDialog.textField("organizerField", form.organizerProperty());
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(organizer,
                request -> form.suggestions(request.getUserText()));
        completion.prefWidthProperty().bind(organizer.widthProperty());
        completion.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        completion.getAutoCompletionPopup().getScene().getStylesheets().add(StyleClasses.STYLESHEET);
        ComboBox<LocalDate> day = new ComboBox<>(FXCollections.observableArrayList(form.eventDays()));
        day.setId("sessionDayField");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(localizer.messages().locale());
        day.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.format(item));
            }
        });
        day.setButtonCell(day.getCellFactory().call(null));
        day.valueProperty().bindBidirectional(form.dayProperty());
        TextField titleFr = FormDialog.textField("sessionTitleFrField", form.titleFrProperty());

        GridPane grid = FormDialog.twoColumns();
        grid.add(field("kind", "events.session.field.kind", kind), 0, 0);
        FormField groupField = field("workingGroup", "events.session.field.workingGroup", group);
        groupField.visibleProperty().bind(form.workingGroupMeetingProperty());
        groupField.managedProperty().bind(groupField.visibleProperty());
        FormField organizerField = field("organizer", "events.session.field.organizer", organizer);
        organizerField.visibleProperty().bind(form.workshopProperty());
        organizerField.managedProperty().bind(organizerField.visibleProperty());
        VBox kindDetail = new VBox(groupField, organizerField);
        grid.add(kindDetail, 1, 0);
        grid.add(field("titleFr", "events.session.field.titleFr", titleFr), 0, 1, 2, 1);
        grid.add(field("titleEn", "events.session.field.titleEn",
                FormDialog.textField("sessionTitleEnField", form.titleEnProperty())), 0, 2, 2, 1);
        grid.add(field("day", "events.session.field.day", day), 0, 3);
        grid.add(field("room", "events.session.field.room", FormDialog.textField("roomField", form.roomProperty())),
                1, 3);
        grid.add(field("startsAt", "events.session.field.startsAt",
                FormDialog.textField("startsAtField", form.startsAtProperty())), 0, 4);
        grid.add(field("endsAt", "events.session.field.endsAt",
                FormDialog.textField("endsAtField", form.endsAtProperty())), 1, 4);
        grid.add(field("capacity", "events.session.field.capacity",
                FormDialog.textField("sessionCapacityField", form.capacityProperty())), 0, 5);
        Label hint = new Label(localizer.get("events.session.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        FormDialog.show(dialogs, "sessionDialog", header, localizer.get("events.session.action.save"), Feather.SAVE,
                new VBox(12, grid, hint), 620, form.savingProperty(), form::save, kind);
        completion.dispose();
    }

    private FormField field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.form().errors().text(name));
    }

    Node view() {
        return root;
    }
}
