package ca.ccrweb.office.desktop.administration;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.ExportFlow;
import ca.ccrweb.office.desktop.common.Localizer;
import ca.ccrweb.office.desktop.common.PageLayout;
import ca.ccrweb.office.desktop.common.Tables;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.Instant;
import java.util.List;

/**
 * The Backups tab: the folder, its copies with dates and sizes, a copy made now, a checked copy saved anywhere,
 * a restore confirmed first.
 */
final class BackupsView extends BorderPane {
    BackupsView(BackupsViewModel viewModel, Localizer localizer, Dialogs dialogs, ExportFlow exports) {
        setId("backupsTab");
        Label folder = new Label();
        folder.setId("backupFolder");
        folder.textProperty().bind(localizer.text(() -> localizer.get("administration.backups.folder",
                viewModel.folderProperty().get()), viewModel.folderProperty()));
        folder.setWrapText(true);
        Button now = Buttons.accent(localizer, "backUpNowButton", "administration.backups.action.now", Feather.SAVE);
        now.disableProperty().bind(viewModel.workingProperty());
        now.setOnAction(event -> viewModel.backUpNow());
        Button copy = Buttons.outlined(localizer, "saveBackupCopyButton", "administration.backups.action.copy",
                Feather.HARD_DRIVE);
        copy.disableProperty().bind(viewModel.workingProperty());
        copy.setOnAction(event -> exports.chooseFile("ccr-office", "db",
                localizer.get("administration.backups.fileKind")).ifPresent(viewModel::saveCopyTo));
        Button restore = Buttons.outlined(localizer, "restoreBackupButton", "administration.backups.action.restore",
                Feather.ROTATE_CCW);
        restore.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.workingProperty()));
        restore.setOnAction(event -> {
            BackupFile chosen = viewModel.selectedProperty().get();
            if (chosen != null && dialogs.confirm(localizer.get("administration.backups.confirm.header",
                    chosen.name()), localizer.get("administration.backups.confirm.text"),
                    localizer.get("administration.backups.confirm.action"), true)) {
                viewModel.restoreSelected();
            }
        });
        Label count = new Label();
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<BackupFile> table = Tables.sortable(viewModel.files(), localizer);
        table.setId("backupsTable");
        TableColumn<BackupFile, Instant> madeAt = new TableColumn<>();
        madeAt.textProperty().bind(localizer.text("administration.backups.column.madeAt"));
        madeAt.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().madeAt()));
        madeAt.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.dateTime(item));
            }
        });
        madeAt.setPrefWidth(200);
        TableColumn<BackupFile, Long> size = new TableColumn<>();
        size.textProperty().bind(localizer.text("administration.backups.column.size"));
        size.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().bytes()));
        size.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.get("administration.backups.size",
                        localizer.number((item + 1023) / 1024)));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        size.setPrefWidth(120);
        table.getColumns().addAll(List.of(madeAt,
                Tables.text(localizer, "administration.backups.column.name", BackupFile::name), size));
        table.setPlaceholder(Tables.placeholder(Feather.ARCHIVE, localizer.text("administration.backups.empty")));
        table.getSelectionModel().selectedItemProperty().subscribe(viewModel.selectedProperty()::set);
        viewModel.selectedProperty().subscribe(file -> {
            if (table.getSelectionModel().getSelectedItem() != file) {
                table.getSelectionModel().select(file);
            }
        });

        VBox top = new VBox(12, folder, PageLayout.toolbar(now, copy, restore, PageLayout.spacer(), count));
        top.setPadding(new Insets(12, 0, 12, 0));
        setTop(top);
        setCenter(table);
    }
}
