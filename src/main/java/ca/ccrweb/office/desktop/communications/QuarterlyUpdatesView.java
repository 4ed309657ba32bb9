package ca.ccrweb.office.desktop.communications;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.communications.UpdateStatus;
import ca.ccrweb.office.core.communications.UpdateSummary;
import ca.ccrweb.office.core.l10n.Language;
import ca.ccrweb.office.core.security.Permission;
import ca.ccrweb.office.desktop.AppServices;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.Page;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.PrintFlow;
import ca.ccrweb.office.desktop.common.PrintPreviewDialog;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import ca.ccrweb.office.desktop.common.UserFeedback;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Communications: the quarterly updates, every edition or the archive of published ones; New update for a
 * quarter and a language; the editor of the edition opened; Print again for an archived edition, exactly as
 * it was published.
 */
public final class QuarterlyUpdatesView implements Page {
    private final QuarterlyUpdatesViewModel viewModel;
    private final QuarterlyUpdateEditorView editor;
    private final Localizer localizer;
    private final Dialogs dialogs;
    private final PrintFlow printing;
    private final boolean mayPublish;
    private final StackPane root = new StackPane();
    private final BorderPane listPane = new BorderPane();
    private final TableView<UpdateSummary> table;

    public QuarterlyUpdatesView(QuarterlyUpdatesViewModel viewModel, QuarterlyUpdateEditorView editor,
                                Localizer localizer, Dialogs dialogs, PrintFlow printing, boolean mayPublish) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.localizer = localizer;
        this.dialogs = dialogs;
        this.printing = printing;
        this.mayPublish = mayPublish;
        root.setId("communicationsPage");
        listPane.setId("quarterlyList");
        listPane.getStyleClass().add(StyleClasses.PAGE);

        ToggleGroup which = new ToggleGroup();
        ToggleButton all = toggle("allEditionsToggle", "quarterly.filter.all", which);
        ToggleButton archive = toggle("archiveToggle", "quarterly.filter.archive", which);
        all.getStyleClass().add(Styles.LEFT_PILL);
        archive.getStyleClass().add(Styles.RIGHT_PILL);
        which.selectToggle(all);
        which.selectedToggleProperty().subscribe((before, now) -> {
            if (now == null) {
                which.selectToggle(before);
            } else {
                viewModel.archiveOnlyProperty().set(now == archive);
            }
        });
        Label count = new Label();
        count.setId("quarterlyCount");
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Button newUpdate = Buttons.accent(localizer, "newUpdateButton", "quarterly.action.new", Feather.PLUS);
        newUpdate.setOnAction(event -> askForNewUpdate());
        newUpdate.setVisible(mayPublish);
        newUpdate.setManaged(mayPublish);
        Button open = Buttons.outlined(localizer, "openUpdateButton", "quarterly.action.open", Feather.EDIT_2);
        open.setOnAction(event -> viewModel.open(viewModel.selectedProperty().get()));
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button reprint = Buttons.outlined(localizer, "reprintButton", "quarterly.action.reprint", Feather.PRINTER);
        reprint.setOnAction(event -> reprint());
        reprint.disableProperty().bind(Bindings.createBooleanBinding(() ->
                viewModel.selectedProperty().get() == null
                        || viewModel.selectedProperty().get().status() != UpdateStatus.PUBLISHED,
                viewModel.selectedProperty()));

        table = Tables.sortable(viewModel.shown(), localizer);
        table.setId("updatesTable");
        TableColumn<UpdateSummary, String> quarter = Tables.text(localizer, "quarterly.column.quarter",
                row -> localizer.get("quarterly.quarterLabel", row.quarter(), String.valueOf(row.year())));
        quarter.setComparator((a, b) -> 0);
        quarter.setSortable(false);
        quarter.setPrefWidth(150);
        TableColumn<UpdateSummary, Language> language = Tables.label(localizer, "quarterly.column.language",
                UpdateSummary::language);
        language.setPrefWidth(110);
        TableColumn<UpdateSummary, String> title = Tables.text(localizer, "quarterly.column.title",
                UpdateSummary::title);
        title.setPrefWidth(340);
        TableColumn<UpdateSummary, String> revision = Tables.text(localizer, "quarterly.column.revision",
                row -> String.valueOf(row.revision()));
        revision.setPrefWidth(90);
        TableColumn<UpdateSummary, UpdateStatus> status = Tables.label(localizer, "quarterly.column.status",
                UpdateSummary::status);
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(UpdateStatus value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(localizer.label(value));
                badge.getStyleClass().addAll(StyleClasses.BADGE, value == UpdateStatus.PUBLISHED
                        ? StyleClasses.BADGE_SUCCESS : StyleClasses.BADGE_NEUTRAL);
                setGraphic(badge);
            }
        });
        status.setPrefWidth(120);
        TableColumn<UpdateSummary, String> published = Tables.text(localizer, "quarterly.column.published",
                row -> row.publishedAt() == null ? "" : localizer.dateTime(row.publishedAt()));
        published.setPrefWidth(170);
        table.getColumns().addAll(List.of(quarter, language, title, revision, status, published));
        table.setPlaceholder(Tables.placeholder(Feather.FILE_TEXT, localizer.text("quarterly.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        table.setRowFactory(view -> {
            TableRow<UpdateSummary> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                key.consume();
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });

        VBox top = new VBox(12,
                PageLayout.header(localizer.text("quarterly.title"), localizer.text("quarterly.subtitle"), newUpdate),
                PageLayout.toolbar(new HBox(all, archive), open, reprint, PageLayout.spacer(), count));
        top.setPadding(new Insets(0, 0, 12, 0));
        listPane.setTop(top);
        listPane.setCenter(table);
        root.getChildren().setAll(listPane);
        editor.setOnBack(viewModel::closeEditor);
        viewModel.editingProperty().subscribe(editing -> root.getChildren().setAll(editing ? editor.view() : listPane));
    }

    /** Builds the section with its view models, for whoever is signed in. */
    public static QuarterlyUpdatesView create(AppServices services, UserFeedback feedback, Dialogs dialogs,
                                              ExportFlow exports) {
        Localizer localizer = services.localizer();
        boolean mayPublish = services.can(Permission.PUBLISH_UPDATES);
        QuarterlyUpdateEditorViewModel editor = new QuarterlyUpdateEditorViewModel(
                services.office().quarterlyUpdates(), services.executor(), feedback, localizer, mayPublish);
        QuarterlyUpdatesViewModel updates = new QuarterlyUpdatesViewModel(services.office().quarterlyUpdates(),
                services.executor(), feedback, localizer, services.office().clock(), editor);
        PrintFlow printing = new PrintFlow(services.executor(), localizer, feedback, dialogs, exports);
        return new QuarterlyUpdatesView(updates, new QuarterlyUpdateEditorView(editor, localizer, dialogs, printing),
                localizer, dialogs, printing, mayPublish);
    }

    private ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(localizer.text(key));
        button.setToggleGroup(group);
        return button;
    }

    private void askForNewUpdate() {
        viewModel.resetNewUpdate();
        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), localizer.get("quarterly.new.dialogTitle"));
        dialog.getDialogPane().setId("newUpdateDialog");
        int thisYear = viewModel.thisYear();
        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(
                IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList()));
        year.setId("newYearField");
        year.valueProperty().bindBidirectional(viewModel.newYearProperty());
        ComboBox<Integer> quarter = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        quarter.setId("newQuarterField");
        quarter.valueProperty().bindBidirectional(viewModel.newQuarterProperty());
        ComboBox<Language> language = Choices.of(localizer,
                List.of(Language.values()), viewModel.newLanguageProperty(), "quarterly.field.language");
        language.setId("newLanguageField");
        GridPane grid = new GridPane(12, 8);
        grid.addRow(0, label("quarterly.field.year"), year);
        grid.addRow(1, label("quarterly.field.quarter"), quarter);
        grid.addRow(2, label("quarterly.field.language"), language);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(localizer.get("quarterly.action.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).setId("createUpdateButton");
        dialog.getDialogPane().lookupButton(create).getStyleClass().add(Styles.ACCENT);
        if (dialog.showAndWait().filter(create::equals).isPresent()) {
            viewModel.createNew();
        }
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(localizer.text(key));
        return label;
    }

    private void reprint() {
        UpdateSummary row = viewModel.selectedProperty().get();
        viewModel.reprint(row, ready -> PrintPreviewDialog.show(printing, dialogs,
                localizer.get("quarterly.reprint.title", row.quarter(), String.valueOf(row.year()),
                        localizer.label(row.language()), row.revision()),
                ready.pdf(), ready.pages(), localizer.get("quarterly.file.baseName", String.valueOf(row.year()),
                        row.quarter(), row.language().code()) + "-r" + row.revision()));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        viewModel.load();
    }

    @Override
    public void createNew() {
        if (mayPublish && !viewModel.editingProperty().get()) {
            askForNewUpdate();
        }
    }

    @Override
    public boolean confirmLeave() {
        return !viewModel.editingProperty().get() || editor.confirmLeave();
    }
}
