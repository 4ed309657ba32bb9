package ca.ccrweb.office.desktop.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import ca.ccrweb.office.core.common.Labelled;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;

import com.ibm.icu.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/** Sortable tables with translated headers and cells, the one table look of the desktop. */
public final class Tables {
    private Tables() {
    }

    /** A striped table sorted by its column headers, showing these items. */
    public static <S> TableView<S> sortable(ObservableList<S> items, Localizer localizer) {
        TableView<S> table = new TableView<>();
        SortedList<S> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LanguageSwitches.follow(localizer, table, after -> table.refresh());
        fitHeaders(table);
        return table;
    }

    /**
     * Keeps every column at least as wide as its header's words in either language, so a header is never
     * shown cut however many rows or however wide the data; the data cells may still ellipsize.
     */
    public static void fitHeaders(TableView<?> table) {
        table.getColumns().forEach(Tables::fitHeader);
        table.getColumns().addListener((ListChangeListener.Change<? extends TableColumn<?, ?>> change) -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Tables::fitHeader);
            }
        });
    }

    private static void fitHeader(TableColumnBase<?, ?> column) {
        if (column.getProperties().putIfAbsent(HEADER_FITTED, column.getMinWidth()) != null) {
            return;
        }
        double ownMinimum = column.getMinWidth();
        column.textProperty().subscribe(text -> column.setMinWidth(Math.max(ownMinimum, headerWidth(text))));
        column.getColumns().forEach(Tables::fitHeader);
    }

    private static final String HEADER_FITTED = "ccr.headerFitted";
    /** The header's padding (half an em each side), its border and the sort arrow beside the words. */
    private static final double HEADER_ALLOWANCE = 40;

    private static double headerWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(measure.getLayoutBounds().getWidth() + HEADER_ALLOWANCE);
    }

    public static <S> TableColumn<S, String> text(Localizer localizer, String headerKey, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setComparator(Comparator.nullsLast(byText(localizer)));
        return column;
    }

    public static <S, T extends Labelled> TableColumn<S, T> label(Localizer localizer, String headerKey,
                                                                   Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.label(item));
            }
        });
        Comparator<String> texts = byText(localizer);
        column.setComparator(Comparator.nullsLast((a, b) -> texts.compare(localizer.label(a), localizer.label(b))));
        return column;
    }

    public static <S> TableColumn<S, LocalDate> date(Localizer localizer, String headerKey,
                                                     Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = new TableColumn<>();
        column.textProperty().bind(localizer.text(headerKey));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localizer.date(item));
            }
        });
        return column;
    }

    /** Shows a column only while the table is at least this wide, so a narrow table keeps what matters. */
    public static void showWhenWiderThan(TableView<?> table, TableColumn<?, ?> column, double width) {
        table.widthProperty().subscribe(tableWidth -> column.setVisible(tableWidth.doubleValue() == 0
                || tableWidth.doubleValue() >= width));
    }

    /** What an empty table says, with an icon above. */
    public static VBox placeholder(Ikon icon, ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMaxWidth(360);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(TextAlignment.CENTER);
        var graphic = Icons.sized(icon, 32);
        graphic.getStyleClass().add(StyleClasses.EMPTY_STATE_ICON);
        VBox box = new VBox(12, graphic, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(StyleClasses.EMPTY_STATE);
        return box;
    }

    private static Comparator<String> byText(Localizer localizer) {
        return (a, b) -> {
            Collator collator = Collator.getInstance(localizer.messages().locale());
            collator.setStrength(Collator.SECONDARY);
            return collator.compare(a, b);
        };
    }
}
