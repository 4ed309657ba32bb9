package ca.ccrweb.office.core.db;

import ca.ccrweb.office.core.common.OfficeException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A PostgreSQL server that stops answering, restarts or is cut off by the network, said in our words: the pool's
 * timeout and the driver's connection failures become {@code database.error.serverNotAnswering}, which tells that
 * what was being done was not saved and that nothing of it was half-saved (the transaction rolled back with the
 * connection). The driver's and jOOQ's words (SQL text included) only go to the log, as the cause.
 */
final class ServerFaults implements ExecuteListener {
    private final String displayName;

    ServerFaults(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public void exception(ExecuteContext context) {
        RuntimeException failure = context.exception();
        if (failure != null && isConnectionLost(failure)) {
            context.exception(notAnswering(failure, displayName));
        }
    }

    static OfficeException notAnswering(Throwable failure, String displayName) {
        return new OfficeException(failure, "database.error.serverNotAnswering", serverName(displayName));
    }

    /** {@code jdbc:postgresql://host:5432/ccr?user=…} said as staff know it: {@code host:5432/ccr}. */
    static String serverName(String displayName) {
        String name = displayName.replaceFirst("^jdbc:postgresql:(//)?", "");
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }

    /**
     * The pool gave up waiting for a connection, the connection broke ({@code 08…}), or the server is shutting down,
     * crashed or starting ({@code 57P01}, {@code 57P02}, {@code 57P03}).
     */
    static boolean isConnectionLost(Throwable failure) {
        if (isRefusedSignIn(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OfficeException) {
                return false;
            }
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
            if (cause instanceof SocketException || cause instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The server answered, and refused: a wrong user or password ({@code 28…}), a database that does not exist. */
    static boolean isRefusedSignIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000"))) {
                return true;
            }
        }
        return false;
    }

    /** The words of the innermost SQL exception: the server's own, not the pool's "request timed out". */
    static String innermostMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }
}
