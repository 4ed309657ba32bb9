package ca.ccrweb.office.desktop.fund;

import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.ToLongFunction;

/** The fund's money columns: amounts in the user's locale, right-aligned. */
final class FundCells {
    private FundCells() {
    }

    static <S> TableColumn<S, Long> money(Localizer localizer, String headerKey, ToLongFunction<S> cents) {
        TableColumn<S, Long> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cents.applyAsLong(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.money(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setPrefWidth(110);
        column.setMinWidth(95);
        return column;
    }
}
