package ca.ccrweb.office.core.db;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Whether a database's migration history already holds exactly this build's migrations, each with the checksum
 * Flyway would compute: then a start needs no Flyway at all (its configuration, classpath scan and validation cost a
 * cold command more than the command itself). Anything else (a pending, failed, newer or changed migration, no history
 * yet, a build without the index) answers false and Flyway does what it always did.
 */
final class SchemaHistory {
    /** Written by the build (pom.xml, migrations-index): one script path a line, under db/. */
    private static final String INDEX = "db/migrations.index";

    private SchemaHistory() {
    }

    static boolean matchesThisBuild(DataSource dataSource, Engine engine) {
        try (Connection connection = dataSource.getConnection()) {
            return matchesThisBuild(connection, engine);
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean matchesThisBuild(Connection connection, Engine engine) {
        Map<String, Integer> expected = thisBuild(engine);
        if (expected.isEmpty()) {
            return false;
        }
        Map<String, Integer> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, checksum, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                int checksum = rows.getInt(2);
                boolean noChecksum = rows.wasNull();
                if (version == null || noChecksum || !rows.getBoolean(3)) {
                    return false;
                }
                applied.put(version, checksum);
            }
        } catch (SQLException e) {
            // No history yet (a new database) or one we cannot read: Flyway will say what it is.
            return false;
        }
        return applied.equals(expected);
    }

    /** Version to checksum of each migration this build has for the engine; empty when the index is missing. */
    static Map<String, Integer> thisBuild(Engine engine) {
        String vendor = "db/vendor/" + engine.name().toLowerCase(Locale.ROOT) + "/";
        Map<String, Integer> migrations = new HashMap<>();
        try (InputStream index = resource(INDEX)) {
            if (index == null) {
                return Map.of();
            }
            for (String path : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String script = path.strip();
                if (script.startsWith("db/migration/") || script.startsWith(vendor)) {
                    migrations.put(version(script), checksum(script));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return migrations;
    }

    /** {@code db/migration/V16_1__record_versions.sql} has version 16.1, as Flyway reads it. */
    private static String version(String script) {
        String name = script.substring(script.lastIndexOf('/') + 1);
        return name.substring(1, name.indexOf("__")).replace('_', '.');
    }

    /** Flyway's checksum: CRC32 of the script's lines in UTF-8, without line breaks nor a byte-order mark. */
    private static int checksum(String script) throws IOException {
        CRC32 crc32 = new CRC32();
        try (InputStream in = resource(script);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc32.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        }
        return (int) crc32.getValue();
    }

    private static InputStream resource(String path) {
        return SchemaHistory.class.getClassLoader().getResourceAsStream(path);
    }
}
