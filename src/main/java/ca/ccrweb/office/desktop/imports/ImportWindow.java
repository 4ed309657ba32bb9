package ca.ccrweb.office.desktop.imports;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.advocacy.Campaign;
import ca.ccrweb.office.core.events.Event;
import ca.ccrweb.office.core.imports.DateOrder;
import ca.ccrweb.office.core.imports.DuplicateChoice;
import ca.ccrweb.office.core.imports.ImportField;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.core.imports.RowStatus;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Choices;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The import window: on the left the file, which column fills which field and the values to confirm; on the
 * right the preview of every row (new, duplicate of which record and why, or in error and why) with what to
 * do with each duplicate; below, Import and, once done, Undo this import.
 */
public final class ImportWindow {
    private final ImportViewModel viewModel;
    private final Localizer localizer;
    private final Stage stage = new Stage();
    private final GridPane columnGrid = new GridPane(8, 6);

    public ImportWindow(ImportViewModel viewModel, Localizer localizer, Window owner, Supplier<Path> chooseFile,
                        ImportKind kind, Runnable openPastImports) {
        this.viewModel = viewModel;
        this.localizer = localizer;
        viewModel.kindProperty().set(kind);
        viewModel.loadEvents();

        ComboBox<ImportKind> kindChoice = Choices.of(localizer, viewModel.kinds(), viewModel.kindProperty(),
                "import.kind.prompt");
        kindChoice.setId("importKind");
        ComboBox<Event> eventChoice = new ComboBox<>(viewModel.eventChoices());
        eventChoice.setId("importEvent");
        eventChoice.promptTextProperty().bind(localizer.text("import.event.prompt"));
        eventChoice.valueProperty().bindBidirectional(viewModel.eventProperty());
        eventChoice.setButtonCell(eventCell());
        eventChoice.setCellFactory(list -> eventCell());
        eventChoice.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ImportKind.REGISTRATIONS));
        eventChoice.managedProperty().bind(eventChoice.visibleProperty());
        ComboBox<Campaign> campaignChoice = new ComboBox<>(viewModel.campaignChoices());
        campaignChoice.setId("importCampaign");
        campaignChoice.promptTextProperty().bind(localizer.text("import.campaign.prompt"));
        campaignChoice.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaignChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Campaign campaign) {
                return campaign == null ? null : campaign.title(localizer.language());
            }

            @Override
            public Campaign fromString(String text) {
                return null;
            }
        });
        campaignChoice.setButtonCell(campaignCell());
        campaignChoice.setCellFactory(list -> campaignCell());
        campaignChoice.setMaxWidth(360);
        campaignChoice.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ImportKind.ACTION_REPORTS));
        campaignChoice.managedProperty().bind(campaignChoice.visibleProperty());
        Button choose = Buttons.outlined(localizer, "chooseImportFileButton", "import.action.chooseFile",
                Feather.FOLDER);
        choose.setOnAction(e -> {
            Path path = chooseFile.get();
            if (path != null) {
                viewModel.open(path);
            }
        });
        choose.disableProperty().bind(viewModel.kindProperty().isEqualTo(ImportKind.REGISTRATIONS)
                .and(viewModel.eventProperty().isNull())
                .or(viewModel.kindProperty().isEqualTo(ImportKind.ACTION_REPORTS)
                        .and(viewModel.campaignProperty().isNull())));
        Label fileName = new Label();
        fileName.setId("importFileName");
        fileName.textProperty().bind(localizer.text(() -> viewModel.fileProperty().get() == null
                ? localizer.get("import.file.none") : localizer.get("import.file.chosen",
                viewModel.fileProperty().get().fileName(), viewModel.fileProperty().get().rows().size()),
                viewModel.fileProperty()));

        viewModel.columns().subscribe(() -> showColumns(viewModel.columns()));
        Label columnsTitle = sectionTitle("import.columns.title");
        TableView<ImportViewModel.ValueChoice> values = valuesTable();
        Label valuesTitle = sectionTitle("import.values.title");
        ComboBox<DateOrder> dateOrder = Choices.of(localizer, List.of(DateOrder.values()),
                viewModel.dateOrderProperty(), "import.dateOrder.prompt");
        dateOrder.setId("importDateOrder");
        dateOrder.valueProperty().subscribe(order -> viewModel.refreshPreview());
        Label dateOrderLabel = new Label();
        dateOrderLabel.textProperty().bind(localizer.text("import.dateOrder.question"));
        dateOrderLabel.setWrapText(true);
        VBox dateBox = new VBox(4, dateOrderLabel, dateOrder);
        dateBox.visibleProperty().bind(viewModel.datesAmbiguousProperty());
        dateBox.managedProperty().bind(dateBox.visibleProperty());
        VBox left = new VBox(10, columnsTitle, columnGrid, dateBox, valuesTitle, values);
        VBox.setVgrow(values, Priority.ALWAYS);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(380);

        TableView<ImportViewModel.PreviewLine> preview = previewTable();
        ComboBox<DuplicateChoice> forAll = Choices.of(localizer, List.of(DuplicateChoice.values()),
                viewModel.onDuplicateProperty(), "import.choice.prompt");
        forAll.setId("importOnDuplicate");
        Label forAllLabel = new Label();
        forAllLabel.textProperty().bind(localizer.text("import.choice.forAll"));
        Label summary = new Label();
        summary.setId("importSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        VBox right = new VBox(10, sectionTitle("import.preview.title"), PageLayout.toolbar(forAllLabel, forAll),
                preview, summary);
        VBox.setVgrow(preview, Priority.ALWAYS);

        SplitPane split = new SplitPane(leftScroll, right);
        split.setDividerPositions(0.36);

        Button importButton = Buttons.accent(localizer, "runImportButton", "import.action.import", Feather.UPLOAD);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(e -> viewModel.runImport());
        Button undo = Buttons.outlined(localizer, "undoImportButton", "import.action.undo", Feather.ROTATE_CCW);
        undo.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        viewModel.setConfirmUndo(UndoConfirmation.asking(localizer, () -> stage));
        undo.setOnAction(e -> viewModel.undo());
        Button close = Buttons.outlined(localizer, "closeImportButton", "import.action.close", Feather.X);
        close.setOnAction(e -> stage.close());
        Button pastImports = Buttons.outlined(localizer, "pastImportsButton", "import.batches.action.open",
                Feather.CLOCK);
        pastImports.setOnAction(e -> openPastImports.run());

        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(12, PageLayout.header(localizer.text("import.title"), localizer.text("import.subtitle")),
                PageLayout.toolbar(kindChoice, eventChoice, campaignChoice, choose, fileName)));
        root.setBottom(PageLayout.toolbar(pastImports, PageLayout.spacer(), undo, close, importButton));
        BorderPane.setMargin(split, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16));
        root.setId("importWindow");
        root.getStyleClass().add(StyleClasses.PAGE);
        root.getStylesheets().add(StyleClasses.STYLESHEET);
        Scene scene = new Scene(root, 1180, 720);
        stage.setScene(scene);
        stage.titleProperty().bind(localizer.text("import.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    private ListCell<Campaign> campaignCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Campaign campaign, boolean empty) {
                super.updateItem(campaign, empty);
                setText(empty || campaign == null ? null : campaign.title(localizer.language()));
            }
        };
    }

    private ListCell<Event> eventCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Event event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : event.title(localizer.language()) + " · "
                        + localizer.date(event.startsOn()));
            }
        };
    }

    private Label sectionTitle(String key) {
        Label title = new Label();
        title.textProperty().bind(localizer.text(key));
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    private void showColumns(List<ImportViewModel.ColumnChoice> choices) {
        columnGrid.getChildren().clear();
        int row = 0;
        for (ImportViewModel.ColumnChoice choice : choices) {
            Label field = new Label();
            field.textProperty().bind(localizer.text(() -> localizer.label(choice.field())
                    + (choice.required() ? " *" : "")));
            field.setMinWidth(Label.USE_PREF_SIZE);
            List<Integer> options = new ArrayList<>();
            options.add(-1);
            for (int column = 0; column < viewModel.headers().size(); column++) {
                options.add(column);
            }
            ComboBox<Integer> column = new ComboBox<>(FXCollections.observableArrayList(options));
            column.setId("column-" + choice.field().name());
            column.setMaxWidth(Double.MAX_VALUE);
            column.setButtonCell(columnCell());
            column.setCellFactory(list -> columnCell());
            column.setValue(choice.column().get() == null ? -1 : choice.column().get());
            column.valueProperty().subscribe(chosen -> {
                Integer before = choice.column().get();
                choice.column().set(chosen == null || chosen < 0 ? null : chosen);
                if (!java.util.Objects.equals(before, choice.column().get())) {
                    viewModel.remap();
                }
            });
            GridPane.setHgrow(column, Priority.ALWAYS);
            columnGrid.addRow(row++, field, column);
        }
    }

    private ListCell<Integer> columnCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer column, boolean empty) {
                super.updateItem(column, empty);
                setText(empty || column == null ? null : column < 0 ? localizer.get("import.columns.none")
                        : viewModel.headers().get(column));
            }
        };
    }

    private TableView<ImportViewModel.ValueChoice> valuesTable() {
        TableView<ImportViewModel.ValueChoice> table = new TableView<>(viewModel.values());
        table.setId("importValues");
        table.setPrefHeight(220);
        TableColumn<ImportViewModel.ValueChoice, String> field = new TableColumn<>();
        field.textProperty().bind(localizer.text("import.values.field"));
        field.setCellValueFactory(cell -> new ReadOnlyStringWrapper(localizer.label(cell.getValue().field())));
        TableColumn<ImportViewModel.ValueChoice, String> typed = new TableColumn<>();
        typed.textProperty().bind(localizer.text("import.values.typed"));
        typed.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().typed()));
        TableColumn<ImportViewModel.ValueChoice, ImportViewModel.ValueChoice> ours = new TableColumn<>();
        ours.textProperty().bind(localizer.text("import.values.ours"));
        ours.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        ours.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ImportViewModel.ValueChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                if (empty || choice == null) {
                    setGraphic(null);
                    return;
                }
                Map<String, String> labels = viewModel.labels(choice.field());
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(labels.keySet()));
                combo.setButtonCell(codeCell(labels));
                combo.setCellFactory(list -> codeCell(labels));
                combo.setValue(choice.code().get());
                combo.promptTextProperty().bind(localizer.text("import.values.choose"));
                combo.valueProperty().subscribe(code -> {
                    if (!java.util.Objects.equals(code, choice.code().get())) {
                        choice.code().set(code);
                        viewModel.refreshPreview();
                    }
                });
                combo.setMaxWidth(Double.MAX_VALUE);
                setGraphic(combo);
            }
        });
        field.setPrefWidth(110);
        typed.setPrefWidth(110);
        ours.setPrefWidth(170);
        table.getColumns().addAll(List.of(field, typed, ours));
        Label none = new Label();
        none.textProperty().bind(localizer.text("import.values.empty"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        return table;
    }

    private static ListCell<String> codeCell(Map<String, String> labels) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : labels.getOrDefault(code, code));
            }
        };
    }

    private TableView<ImportViewModel.PreviewLine> previewTable() {
        TableView<ImportViewModel.PreviewLine> table = new TableView<>(viewModel.preview());
        table.setId("importPreview");
        TableColumn<ImportViewModel.PreviewLine, Number> line = new TableColumn<>();
        line.textProperty().bind(localizer.text("import.preview.line"));
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().row().line()));
        line.setPrefWidth(60);
        line.setMinWidth(60);
        TableColumn<ImportViewModel.PreviewLine, String> status = new TableColumn<>();
        status.textProperty().bind(localizer.text("import.preview.status"));
        status.setCellValueFactory(cell -> new ReadOnlyStringWrapper(localizer.label(cell.getValue().row().status())));
        status.setPrefWidth(85);
        TableColumn<ImportViewModel.PreviewLine, String> what = new TableColumn<>();
        what.textProperty().bind(localizer.text("import.preview.row"));
        what.setCellValueFactory(cell -> new ReadOnlyStringWrapper(rowText(cell.getValue())));
        what.setPrefWidth(180);
        TableColumn<ImportViewModel.PreviewLine, String> detail = new TableColumn<>();
        detail.textProperty().bind(localizer.text("import.preview.detail"));
        detail.setCellValueFactory(cell -> new ReadOnlyStringWrapper(detailText(cell.getValue())));
        detail.setPrefWidth(200);
        TableColumn<ImportViewModel.PreviewLine, ImportViewModel.PreviewLine> choice = new TableColumn<>();
        choice.textProperty().bind(localizer.text("import.preview.choice"));
        choice.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        choice.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ImportViewModel.PreviewLine previewLine, boolean empty) {
                super.updateItem(previewLine, empty);
                if (empty || previewLine == null || previewLine.row().status() != RowStatus.DUPLICATE) {
                    setGraphic(null);
                    return;
                }
                ComboBox<DuplicateChoice> combo = Choices.of(localizer, List.of(DuplicateChoice.values()),
                        previewLine.choice(), "import.choice.prompt");
                combo.setId("rowChoice-" + previewLine.row().line());
                setGraphic(combo);
            }
        });
        choice.setPrefWidth(190);
        choice.setMinWidth(190);
        table.getColumns().addAll(List.of(line, status, what, detail, choice));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.textProperty().bind(localizer.text("import.preview.empty"));
        table.setPlaceholder(none);
        return table;
    }

    private String rowText(ImportViewModel.PreviewLine line) {
        Map<ImportField, String> cells = line.row().cells();
        return List.of(ImportField.NAME, ImportField.FULL_NAME, ImportField.EMAIL, ImportField.ORGANIZATION,
                        ImportField.REPORTER, ImportField.ACTION_KIND, ImportField.TAKEN_ON).stream()
                .map(cells::get).filter(java.util.Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private String detailText(ImportViewModel.PreviewLine line) {
        if (line.row().status() == RowStatus.DUPLICATE) {
            return localizer.get("import.preview.duplicateOf", line.row().duplicate().label(),
                    localizer.label(line.row().duplicate().rule()));
        }
        if (line.row().status() == RowStatus.ERROR) {
            return line.row().errors().stream().map(error -> localizer.get("import.error.field",
                    error.field() == null ? "" : localizer.label(error.field()),
                    error.error().localizedMessage(localizer.messages()), error.typed() == null ? "" : error.typed()))
                    .collect(Collectors.joining("; "));
        }
        return "";
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public ImportViewModel viewModel() {
        return viewModel;
    }
}
