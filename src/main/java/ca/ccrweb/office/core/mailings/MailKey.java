package ca.ccrweb.office.core.mailings;

import ca.ccrweb.office.core.db.Database;
import ca.ccrweb.office.core.db.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the key sealing the mail server's password lives: one per database, asked for only when a password is
 * sealed or opened (ADR 0029). SQLite: a file beside the database file, so a copy of the database file alone (a
 * backup, an attachment) does not carry it. PostgreSQL: a row of the database itself, so that every workstation
 * reads it; a dump then carries the key with the password, which the ADR says plainly.
 */
abstract class MailKey {
    /** The key's bytes, or empty when none was made yet. */
    abstract Optional<byte[]> read() throws IOException;

    /** Stores {@code fresh} unless another workstation stored one first; returns the key that is kept. */
    abstract byte[] keep(byte[] fresh) throws IOException;

    /** Where the key is, for a message to staff. */
    abstract String where();

    static MailKey of(Database database, Clock clock) {
        return database.engine() == Engine.SQLITE ? new BesideTheFile(database) : new InTheDatabase(database, clock);
    }

    /** The file that a SQLite database's key lives in: beside it, named after it. */
    static Path besideTheFile(Path sqliteFile) {
        return sqliteFile.resolveSibling(sqliteFile.getFileName() + ".mail-key");
    }

    private static final class BesideTheFile extends MailKey {
        private final Database database;

        BesideTheFile(Database database) {
            this.database = database;
        }

        private Path file() {
            return besideTheFile(database.settings().sqliteFile().toAbsolutePath());
        }

        @Override
        Optional<byte[]> read() throws IOException {
            Path file = file();
            return Files.exists(file) ? Optional.of(Base64.getDecoder().decode(Files.readAllBytes(file).clone()))
                    : Optional.empty();
        }

        @Override
        byte[] keep(byte[] fresh) throws IOException {
            Path file = file();
            Files.write(file, Base64.getEncoder().encode(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // Windows keeps the file as private as the folder the database is in.
            }
            return fresh;
        }

        @Override
        String where() {
            return file().toString();
        }
    }

    private static final class InTheDatabase extends MailKey {
        private final Database database;
        private final MailKeyRepository row;
        private final Clock clock;

        InTheDatabase(Database database, Clock clock) {
            this.database = database;
            this.row = new MailKeyRepository(database);
            this.clock = clock;
        }

        @Override
        Optional<byte[]> read() {
            return row.find().map(Base64.getDecoder()::decode);
        }

        @Override
        byte[] keep(byte[] fresh) {
            row.insertIfAbsent(Base64.getEncoder().encodeToString(fresh), clock.instant());
            return read().orElseThrow();
        }

        @Override
        String where() {
            return "mail_key (" + database.settings().displayName() + ")";
        }
    }
}
