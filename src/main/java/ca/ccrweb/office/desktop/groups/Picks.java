package ca.ccrweb.office.desktop.groups;

import ca.ccrweb.office.desktop.common.Localizer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

import java.util.function.Function;

/** Combo boxes of the section's own things (groups, organizations, consultations), said in the language shown. */
final class Picks {

    private Picks() {
    }

    static <T> ComboBox<T> of(Localizer localizer, String id, ObservableList<T> items, ObjectProperty<T> bound,
                              Function<T, String> text, String promptKey) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.promptTextProperty().bind(localizer.text(promptKey));
        Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? combo.getPromptText() : text.apply(item));
            }
        };
        combo.setCellFactory(cells);
        combo.setButtonCell(cells.call(null));
        combo.valueProperty().bindBidirectional(bound);
        return combo;
    }
}
