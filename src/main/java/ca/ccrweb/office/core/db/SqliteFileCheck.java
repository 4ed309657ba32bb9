package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Looks at an existing SQLite file before anything writes to it: its header, its size against the size
 * its header records, then SQLite's own quick check on a read-only connection. A file that is not a
 * SQLite database, truncated or damaged is refused with a message and left exactly as it was.
 */
final class SqliteFileCheck {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;

    private SqliteFileCheck() {
    }

    static void verify(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new OfficeException("database.error.notReadable", file);
            }
            long size = Files.size(file);
            if (size == 0) {
                return;
            }
            checkHeader(file, size);
        } catch (IOException e) {
            throw new OfficeException(e, "database.error.notReadable", file);
        }
        quickCheck(file);
    }

    private static void checkHeader(Path file, long size) throws IOException {
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        }
        if (read < HEADER_SIZE) {
            throw new OfficeException("database.error.notSqlite", file);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) {
                throw new OfficeException("database.error.notSqlite", file);
            }
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int rawPageSize = Short.toUnsignedInt(fields.getShort(16));
        long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        long changeCounter = Integer.toUnsignedLong(fields.getInt(24));
        long pageCount = Integer.toUnsignedLong(fields.getInt(28));
        long validFor = Integer.toUnsignedLong(fields.getInt(92));
        boolean pageCountValid = pageCount > 0 && changeCounter == validFor;
        if (pageCountValid && size < pageCount * pageSize) {
            throw new OfficeException("database.error.truncated", file);
        }
    }

    private static void quickCheck(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(1_000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw new OfficeException("database.error.damaged", file, verdict);
            }
        } catch (SQLiteException e) {
            throw switch (e.getResultCode()) {
                case SQLITE_BUSY, SQLITE_LOCKED -> new OfficeException(e, "database.error.locked", file);
                case SQLITE_NOTADB -> new OfficeException(e, "database.error.notSqlite", file);
                default -> new OfficeException(e, "database.error.damaged", file, e.getResultCode().message);
            };
        } catch (SQLException e) {
            throw new OfficeException(e, "database.error.damaged", file, e.getMessage());
        }
    }
}
