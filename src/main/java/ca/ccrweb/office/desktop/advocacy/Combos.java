package ca.ccrweb.office.desktop.advocacy;

import ca.ccrweb.office.desktop.common.LanguageSwitches;
import ca.ccrweb.office.desktop.common.Localizer;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

import java.util.function.Function;

/** Combo boxes over a list that changes (a campaign's kinds, the members), their items said in the language shown. */
final class Combos {
    private Combos() {
    }

    static <T> ComboBox<T> of(Localizer localizer, String id, ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> cell(text));
        combo.setButtonCell(cell(text));
        LanguageSwitches.follow(localizer, combo, after -> {
            combo.setButtonCell(cell(text));
            T value = combo.getValue();
            combo.setValue(null);
            combo.setValue(value);
        });
        return combo;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
