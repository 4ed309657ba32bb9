package ca.ccrweb.office.core.db;

import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.Date;

import static ca.ccrweb.office.core.db.schema.Tables.AUDIT_ENTRY;

/**
 * The check that keeps one workstation from silently overwriting another's change: a save names the version of the
 * record it opened; when the record has another version now, the save is refused with who changed it and when (the
 * newest line of the audit trail about it). The engine raises the version at every change (migration V16_1), so any
 * statement that changes the record counts. Called first inside the service's transaction: on PostgreSQL the row is
 * locked until the commit (a second saver waits, then sees the new version); on SQLite the transaction already holds
 * the write lock.
 */
public final class RecordVersions {
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<Long> VERSION = DSL.field(DSL.name("version"), Long.class);

    private RecordVersions() {
    }

    /** The version the record has now, or -1 when there is no such record. */
    public static long current(Database database, Table<?> table, long id) {
        Long version = database.dsl().select(VERSION).from(table).where(ID.eq(id)).fetchOne(VERSION);
        return version == null ? -1 : version;
    }

    /** The same check naming the table by its name, for the services, which speak no jOOQ (ADR 0003). */
    public static void require(Database database, String table, String entity, long id, long opened) {
        require(database, DSL.table(DSL.name(table)), entity, id, opened);
    }

    /**
     * Refuses with {@link RecordChanged} when the record's version is no longer {@code opened}. The audit trail's
     * {@code entity} names the record's lines there.
     */
    public static void require(Database database, Table<?> table, String entity, long id, long opened) {
        SelectConditionStep<Record2<Long, Long>> select = database.dsl().select(ID, VERSION).from(table)
                .where(ID.eq(id));
        Record2<Long, Long> row = database.engine() == Engine.POSTGRESQL ? select.forUpdate().fetchOne()
                : select.fetchOne();
        if (row == null || row.value2() == opened) {
            return;
        }
        var last = database.dsl().select(AUDIT_ENTRY.ACTOR, AUDIT_ENTRY.OCCURRED_AT).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY.eq(entity)).and(AUDIT_ENTRY.ENTITY_ID.eq(String.valueOf(id)))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(1)
                .fetchOne();
        if (last == null) {
            throw new RecordChanged(row.value2(), null, null);
        }
        throw new RecordChanged(row.value2(), last.value1(), Date.from(Timestamps.instant(last.value2())));
    }
}
