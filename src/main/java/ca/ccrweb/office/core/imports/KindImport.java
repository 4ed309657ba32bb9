package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
import ca.ccrweb.office.core.common.Texts;
import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Ids;
import ca.ccrweb.office.core.l10n.Language;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The part of an import that knows one kind of record: what a row duplicates, how a new record is written
 * and how a known one is updated or filled. Reads what it matches against once, writes new records in
 * batches; records every record it creates or changes (with its values before) for the batch's undo.
 */
abstract class KindImport {
    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";

    /** A record the import created or changed, and for a change, its values before. */
    record Item(String entity, long id, String action, String before) {
    }

    final Database database;
    final Ids ids;
    final Clock clock;
    final AuditLog audit;
    final Instant now;
    final List<Item> items = new ArrayList<>();

    KindImport(Database database, Ids ids, Clock clock, AuditLog audit) {
        this.database = database;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.now = clock.instant();
    }

    DSLContext dsl() {
        return database.dsl();
    }

    /** Reads what rows are matched against; called once, inside the import's transaction. */
    abstract void load();

    /** The record already there that the row stands for, if any. */
    abstract Optional<Duplicate> existing(ParsedRow row);

    /** Keys under which two rows of one file are the same record (an email, a name and province...). */
    abstract List<String> fileKeys(ParsedRow row);

    /** Refusals that need the database (an organization not found...); recorded on the row. */
    void check(ParsedRow row) {
    }

    abstract void create(ParsedRow row);

    abstract void update(ParsedRow row, Duplicate duplicate, boolean fillOnly);

    /** Writes what {@link #create} kept for writing together. */
    void flush() {
    }

    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    static String nameKey(String name) {
        return NOT_LETTERS.matcher(Texts.searchKey(name)).replaceAll(" ").strip();
    }

    /**
     * Sets the row's values on the record's columns: all given values ({@code fillOnly} false) or only where
     * the record is empty. Returns whether something changed.
     */
    static <R extends UpdatableRecord<R>> boolean apply(R record, ParsedRow row,
                                                      Map<ImportField, TableField<R, String>> columns,
                                                      boolean fillOnly) {
        boolean changed = false;
        for (Map.Entry<ImportField, TableField<R, String>> entry : columns.entrySet()) {
            Object value = row.values.get(entry.getKey());
            if (value == null || fillOnly && record.get(entry.getValue()) != null) {
                continue;
            }
            String text = value instanceof Language language ? language.code()
                    : value instanceof Enum<?> constant ? constant.name() : value.toString();
            if (!text.equals(record.get(entry.getValue()))) {
                record.set(entry.getValue(), text);
                changed = true;
            }
        }
        return changed;
    }

    /** The record's columns as text, to put back on undo. */
    static String snapshot(UpdatableRecord<?> record, Map<String, String> extra) {
        Properties values = new Properties();
        for (Field<?> field : record.fields()) {
            Object value = record.get(field);
            if (value != null) {
                values.setProperty(field.getName(), value.toString());
            }
        }
        extra.forEach(values::setProperty);
        StringWriter text = new StringWriter();
        try {
            values.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().lines().filter(line -> !line.startsWith("#"))
                .reduce("", (all, line) -> all + line + "\n");
    }

    static Properties read(String snapshot) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** Puts a snapshot's columns back on the record (those it does not name become empty). */
    static void restore(UpdatableRecord<?> record, Properties snapshot) {
        for (Field<?> field : record.fields()) {
            String text = snapshot.getProperty(field.getName());
            setConverted(record, field, text);
        }
    }

    private static <T> void setConverted(UpdatableRecord<?> record, Field<T> field, String text) {
        record.set(field, text == null ? null : field.getDataType().convert(text));
    }
}
