package ca.ccrweb.office.desktop.events;

import atlantafx.base.theme.Styles;
import ca.ccrweb.office.core.events.RegistrationColumn;
import ca.ccrweb.office.core.events.RegistrationExport;
import ca.ccrweb.office.desktop.common.Buttons;
import ca.ccrweb.office.desktop.common.Dialogs;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which columns a registration list is exported with, and in what order: the chosen ones are ticked, and
 * Move up / Move down (or Alt+Up / Alt+Down) set the order. Starts from the last choice or the default one.
 */
final class ColumnChooserDialog {
    private ColumnChooserDialog() {
    }

    /** A column offered, ticked or not. */
    private record Offered(RegistrationColumn column, BooleanProperty chosen) {
    }

    static Optional<List<RegistrationColumn>> ask(Dialogs dialogs, List<RegistrationColumn> lastChoice) {
        Localizer localizer = dialogs.localizer();
        Dialog<List<RegistrationColumn>> dialog = dialogs.prepare(new Dialog<>(), localizer.get("app.title"));
        dialog.getDialogPane().setId("columnChooserDialog");
        dialog.setHeaderText(localizer.get("registrations.columns.header"));
        ButtonType export = new ButtonType(localizer.get("registrations.columns.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(localizer.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);

        ObservableList<Offered> offered = FXCollections.observableArrayList();
        fill(offered, lastChoice.isEmpty() ? RegistrationExport.DEFAULT_COLUMNS : lastChoice);
        ListView<Offered> list = new ListView<>(offered);
        list.setId("columnList");
        list.setPrefHeight(380);
        list.setCellFactory(CheckBoxListCell.forListView(Offered::chosen, new StringConverter<>() {
            @Override
            public String toString(Offered item) {
                return item == null ? "" : localizer.label(item.column());
            }

            @Override
            public Offered fromString(String text) {
                return null;
            }
        }));
        Button up = Buttons.outlined(localizer, "moveColumnUpButton", "registrations.columns.up", Feather.ARROW_UP);
        up.setOnAction(event -> move(list, -1));
        Button down = Buttons.outlined(localizer, "moveColumnDownButton", "registrations.columns.down",
                Feather.ARROW_DOWN);
        down.setOnAction(event -> move(list, 1));
        Button reset = Buttons.outlined(localizer, "defaultColumnsButton", "registrations.columns.default",
                Feather.ROTATE_CCW);
        reset.setOnAction(event -> fill(offered, RegistrationExport.DEFAULT_COLUMNS));
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            int index = list.getSelectionModel().getSelectedIndex();
            return index < 0 || index >= offered.size() - 1;
        }, list.getSelectionModel().selectedIndexProperty(), offered));
        list.setOnKeyPressed(key -> {
            if (key.isAltDown() && key.getCode() == KeyCode.UP) {
                key.consume();
                move(list, -1);
            } else if (key.isAltDown() && key.getCode() == KeyCode.DOWN) {
                key.consume();
                move(list, 1);
            }
        });
        Label hint = new Label(localizer.get("registrations.columns.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox side = new VBox(8, up, down, reset);
        HBox body = new HBox(12, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(10, hint, body));

        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportColumnsButton");
        exportButton.getStyleClass().add(Styles.ACCENT);
        dialog.getDialogPane().lookupButton(cancel).setId("cancelDialogButton");
        dialog.setResultConverter(button -> button == export ? chosen(offered) : null);
        return dialog.showAndWait().filter(columns -> !columns.isEmpty());
    }

    private static void fill(ObservableList<Offered> offered, List<RegistrationColumn> chosen) {
        List<Offered> all = new ArrayList<>();
        chosen.forEach(column -> all.add(new Offered(column, new SimpleBooleanProperty(true))));
        for (RegistrationColumn column : RegistrationColumn.values()) {
            if (!chosen.contains(column)) {
                all.add(new Offered(column, new SimpleBooleanProperty(false)));
            }
        }
        offered.setAll(all);
    }

    private static void move(ListView<Offered> list, int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        ObservableList<Offered> items = list.getItems();
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        Offered moved = items.remove(from);
        items.add(to, moved);
        list.getSelectionModel().select(to);
        list.scrollTo(to);
    }

    private static List<RegistrationColumn> chosen(List<Offered> offered) {
        return offered.stream().filter(item -> item.chosen().get()).map(Offered::column).toList();
    }
}
