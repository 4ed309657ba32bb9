package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.db.Database;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Many rows into one table through one prepared statement of the running transaction, bound by hand: jOOQ's
 * batch binds each value through its data types, which cost more than SQLite's own insert for a 100,000-row
 * import (docs/decisions/0016). Values are bound as jOOQ binds them (on SQLite a timestamp is the text
 * {@code 2026-03-05 14:30:00.123}), so the rows read back the same as rows written through jOOQ.
 */
final class BulkInsert {
    private final Database database;
    private final Table<?> table;
    private final List<Field<?>> columns;
    private final int batchSize;
    private final List<Object[]> pending = new ArrayList<>();

    BulkInsert(Database database, Table<?> table, List<Field<?>> columns, int batchSize) {
        this.database = database;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.batchSize = batchSize;
    }

    /** One row, its values in the order of the columns; written when enough are kept, or on {@link #flush}. */
    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, " + values.length + " given");
        }
        pending.add(values);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        DSLContext dsl = database.dsl();
        boolean sqlite = dsl.dialect().family() == SQLDialect.SQLITE;
        String sql = dsl.render(dsl.insertInto(table).columns(columns)
                .values(columns.stream().map(column -> DSL.val(null, column)).toList()));
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : pending) {
                    for (int i = 0; i < row.length; i++) {
                        bind(insert, i + 1, row[i], columns.get(i), sqlite);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        pending.clear();
    }

    private static void bind(PreparedStatement insert, int index, Object value, Field<?> column, boolean sqlite)
            throws SQLException {
        switch (value) {
            case null -> insert.setNull(index, column.getDataType().getSQLType());
            case String text -> insert.setString(index, text);
            case Long number -> insert.setLong(index, number);
            case Integer number -> insert.setInt(index, number);
            case LocalDateTime at when sqlite -> insert.setString(index, Timestamp.valueOf(at).toString());
            default -> insert.setObject(index, value);
        }
    }
}
