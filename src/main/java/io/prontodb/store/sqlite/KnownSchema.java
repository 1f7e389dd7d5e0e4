package io.prontodb.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Tells whether a database holds exactly the schema some version of ProntoDB created: its {@code user_version} is
 * one this binary knows, and its tables and indexes (names and definitions) are the ones the migrations up to that
 * version create, built for comparison in a private in-memory database.
 */
final class KnownSchema {
    private static final String OBJECTS = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM main.sqlite_master"
            + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name";

    private KnownSchema() {
    }

    /** Why the database on {@code connection} (schema {@code main}) is not a known ProntoDB schema, or empty. */
    static Optional<String> mismatch(Connection connection) throws SQLException {
        int version = userVersion(connection);
        List<String> actual = objects(connection);
        if (version == 0) {
            return Optional.of(actual.isEmpty() ? "it holds no ProntoDB tables" : "it is not a ProntoDB database");
        }
        if (version < 0 || version > Schema.latestVersion()) {
            return Optional.of("its schema version " + version + " is not one this prontodb knows (1 to "
                    + Schema.latestVersion() + ")");
        }
        List<String> expected = reference(version);
        for (String object : expected) {
            if (!actual.contains(object)) {
                return Optional.of("it lacks or changes " + object.substring(0, object.indexOf(':'))
                        + " of schema version " + version);
            }
        }
        for (String object : actual) {
            if (!expected.contains(object)) {
                return Optional.of("it holds " + object.substring(0, object.indexOf(':'))
                        + ", which schema version " + version + " does not have");
            }
        }
        return Optional.empty();
    }

    /** True for a database without schema version and without tables: a new, empty file. */
    static boolean isBlank(Connection connection) throws SQLException {
        return userVersion(connection) == 0 && objects(connection).isEmpty();
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA main.user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> objects(Connection connection) throws SQLException {
        List<String> objects = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(OBJECTS)) {
            while (rs.next()) {
                objects.add(rs.getString(1));
            }
        }
        return objects;
    }

    private static List<String> reference(int version) throws SQLException {
        try (Connection memory = new JDBC4Connection("jdbc:sqlite::memory:", ":memory:", new Properties());
             Statement st = memory.createStatement()) {
            for (int v = 0; v < version; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
            }
            return objects(memory);
        }
    }
}
