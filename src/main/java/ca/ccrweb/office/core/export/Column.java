package ca.ccrweb.office.core.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table.
 *
 * @param header the column title, already in the table's language
 * @param type   what the values are; see {@link CellType} for the object each type expects
 * @param value  extracts the cell value from a row; may return null for an empty cell
 * @param width  relative width in characters: the xlsx column width and the PDF column's share of the page
 */
public record Column<T>(String header, CellType type, Function<? super T, ?> value, int width) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width <= 0) {
            throw new IllegalArgumentException("Column width must be positive: " + width);
        }
    }

    public static <T> Column<T> text(String header, int width, Function<? super T, ?> value) {
        return new Column<>(header, CellType.TEXT, value, width);
    }

    public static <T> Column<T> integer(String header, int width, Function<? super T, ? extends Number> value) {
        return new Column<>(header, CellType.INTEGER, value, width);
    }

    /** The value is an amount in cents. */
    public static <T> Column<T> money(String header, int width, Function<? super T, ? extends Long> value) {
        return new Column<>(header, CellType.MONEY, value, width);
    }

    public static <T> Column<T> date(String header, int width, Function<? super T, ? extends LocalDate> value) {
        return new Column<>(header, CellType.DATE, value, width);
    }

    public static <T> Column<T> dateTime(String header, int width, Function<? super T, ? extends Instant> value) {
        return new Column<>(header, CellType.DATE_TIME, value, width);
    }
}
