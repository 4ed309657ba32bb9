package ca.ccrweb.office.desktop.common;

import ca.ccrweb.office.core.common.Labelled;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Combo boxes of translated values, re-translated when the language changes. */
public final class Choices {
    private Choices() {
    }

    /** A filter's entry: a value, or "All" when the value is null. */
    public record Choice<T>(T value) {
    }

    /** A combo box of values bound both ways to a view-model property; the prompt shows while empty. */
    public static <T extends Labelled> ComboBox<T> of(Localizer localizer, List<T> values, ObjectProperty<T> bound,
                                                      String promptKey) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.promptTextProperty().bind(localizer.text(promptKey));
        translateCells(combo, localizer, localizer::label);
        combo.valueProperty().bindBidirectional(bound);
        return combo;
    }

    /**
     * A filter combo box: its first entry ("All statuses") stands for no filter, which is null in the view
     * model.
     */
    public static <T extends Labelled> ComboBox<Choice<T>> filter(Localizer localizer, List<T> values,
                                                                 ObjectProperty<T> filter, String allKey) {
        return filter(localizer, values, filter, allKey, localizer::label);
    }

    /** A filter combo box whose values are said by {@code text}, asked again when the language changes. */
    public static <T> ComboBox<Choice<T>> filter(Localizer localizer, List<T> values, ObjectProperty<T> filter,
                                                 String allKey, Function<T, String> text) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(null));
        values.forEach(value -> choices.add(new Choice<>(value)));
        ObservableList<Choice<T>> items = FXCollections.observableArrayList(choices);
        ComboBox<Choice<T>> combo = new ComboBox<>(items);
        translateCells(combo, localizer, choice -> choice.value() == null ? localizer.get(allKey)
                : text.apply(choice.value()));
        combo.setValue(new Choice<>(filter.get()));
        combo.valueProperty().subscribe(choice -> filter.set(choice == null ? null : choice.value()));
        filter.subscribe(value -> {
            if (combo.getValue() == null || combo.getValue().value() != value) {
                combo.setValue(new Choice<>(value));
            }
        });
        return combo;
    }

    private static <T> void translateCells(ComboBox<T> combo, Localizer localizer, Function<T, String> text) {
        Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? combo.getPromptText() : text.apply(item));
            }
        };
        combo.setCellFactory(cells);
        combo.setButtonCell(cells.call(null));
        LanguageSwitches.follow(localizer, combo, after -> {
            combo.setCellFactory(list -> cells.call(list));
            combo.setButtonCell(cells.call(null));
        });
    }
}
