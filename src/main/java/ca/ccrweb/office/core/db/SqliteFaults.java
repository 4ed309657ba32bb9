package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What SQLite's refusals mean to staff: a file locked by another program, one the system will not let us write,
 * one that is not a database or is damaged. Our own sentence always comes first; SQLite's words, when they
 * add anything, only after it.
 */
final class SqliteFaults {
    private SqliteFaults() {
    }

    static OfficeException refusal(Throwable failure, Path file) {
        SQLiteException sqlite = causeOfType(failure, SQLiteException.class);
        if (sqlite == null) {
            SQLException other = causeOfType(failure, SQLException.class);
            return new OfficeException(failure, "database.error.cannotOpen", file,
                    other != null ? other.getMessage() : failure.getMessage());
        }
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xFF);
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> new OfficeException(failure, "database.error.locked", file);
            case SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH -> new OfficeException(failure, "database.error.readOnly", file);
            case SQLITE_CANTOPEN -> new OfficeException(failure, "database.error.cannotOpenFile", file);
            case SQLITE_NOTADB -> new OfficeException(failure, "database.error.notSqlite", file);
            case SQLITE_CORRUPT -> new OfficeException(failure, "database.error.damaged", file,
                    sqlite.getResultCode().message);
            case SQLITE_FULL -> new OfficeException(failure, "database.error.diskFull", file);
            default -> new OfficeException(failure, "database.error.cannotOpen", file, sqlite.getResultCode().message);
        };
    }

    /** Whether SQLite said another program holds the file (its write lock, or its rollback journal's). */
    static boolean isLocked(Throwable failure) {
        SQLiteException sqlite = causeOfType(failure, SQLiteException.class);
        if (sqlite == null) {
            return false;
        }
        int primary = sqlite.getResultCode().code & 0xFF;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
