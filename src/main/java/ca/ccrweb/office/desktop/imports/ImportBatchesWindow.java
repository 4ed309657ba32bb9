package ca.ccrweb.office.desktop.imports;

import ca.ccrweb.office.core.imports.ImportBatch;
import ca.ccrweb.office.core.imports.ImportKind;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.StyleClasses;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.util.Comparator;
import java.util.function.Function;

/** The past imports, newest first, with Undo for the one chosen. */
public final class ImportBatchesWindow {
    private final Stage stage = new Stage();

    public ImportBatchesWindow(ImportBatchesViewModel viewModel, Localizer localizer, Window owner) {
        TableView<ImportBatch> table = Tables.sortable(viewModel.batches(), localizer);
        table.setId("importBatchesTable");
        table.setPlaceholder(Tables.placeholder(Feather.UPLOAD, localizer.text("import.batches.empty")));
        TableColumn<ImportBatch, ImportBatch> when = new TableColumn<>();
        when.textProperty().bind(localizer.text("import.batches.column.importedAt"));
        when.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        when.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(ImportBatch batch, boolean empty) {
                super.updateItem(batch, empty);
                setText(empty || batch == null ? null : localizer.dateTime(batch.importedAt()));
            }
        });
        when.setComparator(Comparator.comparing(ImportBatch::importedAt));
        when.setMinWidth(190);
        TableColumn<ImportBatch, ImportKind> kind = Tables.label(localizer, "import.batches.column.kind",
                ImportBatch::kind);
        kind.setMinWidth(115);
        TableColumn<ImportBatch, String> file = Tables.text(localizer, "import.batches.column.file",
                ImportBatch::fileName);
        file.setMinWidth(110);
        TableColumn<ImportBatch, String> actor = Tables.text(localizer, "import.batches.column.actor",
                ImportBatch::actor);
        actor.setMinWidth(110);
        TableColumn<ImportBatch, Number> created = count(localizer, "import.batches.column.created",
                ImportBatch::created);
        TableColumn<ImportBatch, Number> updated = count(localizer, "import.batches.column.updated",
                ImportBatch::updated);
        TableColumn<ImportBatch, Number> skipped = count(localizer, "import.batches.column.skipped",
                ImportBatch::skipped);
        TableColumn<ImportBatch, Number> errors = count(localizer, "import.batches.column.errors",
                ImportBatch::errors);
        TableColumn<ImportBatch, String> state = Tables.text(localizer, "import.batches.column.state",
                batch -> batch.undone() ? localizer.get("import.batches.state.undone",
                        localizer.date(batch.undoneAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()), batch.undoneBy()) : localizer.get("import.batches.state.kept"));
        state.setMinWidth(190);
        table.getColumns().setAll(java.util.List.of(when, kind, file, actor, created, updated, skipped, errors, state));
        table.getSortOrder().add(when);
        when.setSortType(TableColumn.SortType.DESCENDING);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        Button undo = Buttons.outlined(localizer, "undoBatchButton", "import.batches.action.undo", Feather.ROTATE_CCW);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        viewModel.setConfirmUndo(UndoConfirmation.asking(localizer, () -> stage));
        undo.setOnAction(event -> viewModel.undoSelected());
        Button close = Buttons.outlined(localizer, "closeBatchesButton", "import.action.close", Feather.X);
        close.setOnAction(event -> stage.close());

        BorderPane root = new BorderPane(table);
        root.setTop(PageLayout.header(localizer.text("import.batches.title"), localizer.text("import.batches.subtitle")));
        root.setBottom(PageLayout.toolbar(PageLayout.spacer(), close, undo));
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16));
        root.setId("importBatchesWindow");
        root.getStyleClass().add(StyleClasses.PAGE);
        root.getStylesheets().add(StyleClasses.STYLESHEET);
        stage.setScene(new Scene(root, 1240, 560));
        stage.titleProperty().bind(localizer.text("import.batches.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        viewModel.load();
    }

    private static TableColumn<ImportBatch, Number> count(Localizer localizer, String headerKey,
                                                          Function<ImportBatch, Integer> value) {
        TableColumn<ImportBatch, Number> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setPrefWidth(75);
        return column;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
