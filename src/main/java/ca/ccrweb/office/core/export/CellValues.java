package ca.ccrweb.office.core.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/** Reads a column's value as the object its {@link CellType} promises, with a clear error when it is not. */
final class CellValues {

    private CellValues() {
    }

    static <T> Object valueOf(Column<T> column, T row) {
        return column.value().apply(row);
    }

    static Number integer(Column<?> column, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw wrongType(column, "a Number", value);
    }

    static long cents(Column<?> column, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw wrongType(column, "a Long amount in cents", value);
    }

    static LocalDate date(Column<?> column, Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        throw wrongType(column, "a LocalDate", value);
    }

    static Instant instant(Column<?> column, Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        throw wrongType(column, "an Instant", value);
    }

    /** An integer as plain digits, no grouping: the same in every language (years and ids stay readable). */
    static String plainInteger(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return Long.toString(number.longValue());
        }
        if (number instanceof BigInteger) {
            return number.toString();
        }
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notFinite) {
            return number.toString();
        }
    }

    /** Cents as a plain decimal with two places, such as {@code 1234.50} or {@code -0.05}. */
    static BigDecimal dollars(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static IllegalArgumentException wrongType(Column<?> column, String expected, Object value) {
        return new IllegalArgumentException("Column \"" + column.header() + "\" (" + column.type() + ") expects "
                + expected + " but got " + value.getClass().getName() + ": " + value);
    }
}
