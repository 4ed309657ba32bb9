package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.db.Database;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static ca.ccrweb.office.core.db.schema.Tables.MAIL_KEY;

/** The one row of {@code mail_key} that keeps a shared database's mail key (ADR 0029). */
final class MailKeyRepository {
    private static final int ROW = 1;
    private final Database database;

    MailKeyRepository(Database database) {
        this.database = database;
    }

    /** The key as stored (Base64), or empty when none was made yet. */
    Optional<String> find() {
        return database.dsl().select(MAIL_KEY.KEY_VALUE).from(MAIL_KEY).where(MAIL_KEY.ID.eq(ROW))
                .fetchOptional(MAIL_KEY.KEY_VALUE);
    }

    /** Stores the key unless another workstation stored one first. */
    void insertIfAbsent(String key, Instant at) {
        database.dsl().insertInto(MAIL_KEY)
                .set(MAIL_KEY.ID, ROW)
                .set(MAIL_KEY.KEY_VALUE, key)
                .set(MAIL_KEY.CREATED_AT, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }
}
