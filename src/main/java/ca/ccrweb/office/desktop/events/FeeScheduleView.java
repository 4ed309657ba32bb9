package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.RateCategory;
import ca.ccrweb.office.core.events.RateKind;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.FormField;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Permissions;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.function.Function;

/** The fee schedule tab: the event's rates with their amounts, and the rate form to add or change one. */
public final class FeeScheduleView {
    private final FeeScheduleViewModel viewModel;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();

    private final Permissions permissions;

    public FeeScheduleView(FeeScheduleViewModel viewModel, Localizer localizer, Dialogs dialogs,
                           Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.localizer = localizer;
        this.dialogs = dialogs;
        root.setId("feeScheduleTab");

        TableView<RateCategory> table = Tables.sortable(viewModel.rates(), localizer);
        table.setId("ratesTable");
        TableColumn<RateCategory, RateKind> kind = Tables.label(localizer, "events.rate.column.kind",
                RateCategory::kind);
        kind.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(RateKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.get("registrations.rateKind." + item.name()));
            }
        });
        kind.setPrefWidth(160);
        TableColumn<RateCategory, String> label = Tables.text(localizer, "events.rate.column.label",
                rate -> rate.label(localizer.language()));
        label.setPrefWidth(220);
        table.getColumns().addAll(List.of(kind, label,
                amount("events.rate.column.fullEvent", RateCategory::fullEventCents),
                amount("events.rate.column.perDay", RateCategory::perDayCents),
                amount("events.rate.column.earlyFullEvent", RateCategory::earlyFullEventCents),
                amount("events.rate.column.earlyPerDay", RateCategory::earlyPerDayCents)));
        table.setPlaceholder(Tables.placeholder(Feather.DOLLAR_SIGN, localizer.text("events.rate.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        table.setRowFactory(view -> {
            TableRow<RateCategory> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });

        Button add = Buttons.accent(localizer, "addRateButton", "events.rate.action.add", Feather.PLUS);
        add.setOnAction(event -> {
            viewModel.startNew();
            showForm(localizer.get("events.rate.title.new"));
        });
        Button change = Buttons.outlined(localizer, "editRateButton", "events.rate.action.edit", Feather.EDIT_2);
        change.disableProperty().bind(viewModel.selectedProperty().isNull());
        change.setOnAction(event -> edit());
        Label hint = new Label();
        hint.textProperty().bind(localizer.text("events.rate.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        permissions.showOnlyIf(Permission.MANAGE_EVENTS, add, change);
        var toolbar = PageLayout.toolbar(add, change);
        VBox top = new VBox(8, toolbar, hint);
        top.setPadding(new Insets(12, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table);
    }

    private TableColumn<RateCategory, Long> amount(String headerKey, Function<RateCategory, Long> cents) {
        TableColumn<RateCategory, Long> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cents.apply(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? "—" : localizer.money(value));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(150);
        return column;
    }

    private void edit() {
        if (permissions.can(Permission.MANAGE_EVENTS) && viewModel.editSelected()) {
            showForm(localizer.get("events.rate.title.edit"));
        }
    }

    private void showForm(String header) {
        RateFormViewModel form = viewModel.form();
        ComboBox<RateKind> kind = Choices.of(localizer, List.of(RateKind.values()), form.kindProperty(),
                "events.rate.prompt.kind");
        kind.setId("rateKindField");
        kind.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RateKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.get("registrations.rateKind." + item.name()));
            }
        });
        kind.setButtonCell(kind.getCellFactory().call(null));
        kind.setDisable(form.editingProperty().get() != null);
        TextField labelFr = FormDialog.textField("rateLabelFrField", form.labelFrProperty());
        GridPane grid = FormDialog.twoColumns();
        grid.add(field("kind", "events.rate.field.kind", kind), 0, 0);
        grid.add(field("labelFr", "events.rate.field.labelFr", labelFr), 0, 1);
        grid.add(field("labelEn", "events.rate.field.labelEn",
                FormDialog.textField("rateLabelEnField", form.labelEnProperty())), 1, 1);
        grid.add(field("fullEventCents", "events.rate.field.fullEvent",
                FormDialog.textField("fullEventField", form.fullEventProperty())), 0, 2);
        grid.add(field("perDayCents", "events.rate.field.perDay",
                FormDialog.textField("perDayField", form.perDayProperty())), 1, 2);
        grid.add(field("earlyFullEventCents", "events.rate.field.earlyFullEvent",
                FormDialog.textField("earlyFullEventField", form.earlyFullEventProperty())), 0, 3);
        grid.add(field("earlyPerDayCents", "events.rate.field.earlyPerDay",
                FormDialog.textField("earlyPerDayField", form.earlyPerDayProperty())), 1, 3);
        Label hint = new Label(localizer.get("events.rate.form.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        FormDialog.show(dialogs, "rateDialog", header, localizer.get("events.rate.action.save"), Feather.SAVE,
                new VBox(12, grid, hint), 560, form.savingProperty(), form::save,
                form.editingProperty().get() == null ? kind : labelFr);
    }

    private FormField field(String name, String labelKey, Control control) {
        return FormDialog.field(localizer, labelKey, control, viewModel.form().errors().text(name));
    }

    Node view() {
        return root;
    }
}
