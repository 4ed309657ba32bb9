package ca.ccrweb.office.core.imports;

import ca.ccrweb.office.core.audit.AuditLog;
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
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * A record the import created or changed, for a change its values before, and its fingerprint when the
     * import knows it without reading the record back (null: read from the database when the batch is saved).
     */
    record Item(String entity, long id, String action, String before, String fingerprint) {
        Item(String entity, long id, String action, String before) {
            this(entity, id, action, before, null);
        }
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
        // Kept to the millisecond so a timestamp reads back the same on both engines (fingerprints made in memory).
        this.now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The name as the contacts' name key keeps it (lower case, accents dropped, any run of other characters one
     * space), in one pass without regular expressions: it runs once or twice per row of a large import.
     */
    static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String text = name;
        if (!isAscii(name)) {
            String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
            StringBuilder withoutMarks = new StringBuilder(decomposed.length());
            decomposed.codePoints().filter(point -> !isMark(point)).forEach(withoutMarks::appendCodePoint);
            text = withoutMarks.toString();
        }
        text = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            i += Character.charCount(point);
            if (isLetterOrNumber(point)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                gap = false;
                key.appendCodePoint(point);
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int point) {
        int type = Character.getType(point);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetterOrNumber(int point) {
        int type = Character.getType(point);
        return Character.isLetter(point) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
