package ca.ccrweb.office.core.db;

import org.jooq.SQLDialect;

public enum Engine {
    SQLITE(SQLDialect.SQLITE),
    POSTGRESQL(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    Engine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public static Engine ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(jdbcUrl);
    }
}
