package io.prontodb.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.JDBC;

/** Looks into a database file directly, to check what the CLI stored. */
final class Db {
    private Db() {
    }

    /** Rows in {@code table}; 0 when the database file does not exist (or has no schema yet). */
    static long rows(Path database, String table) {
        if (!Files.exists(database)) {
            return 0;
        }
        try (Connection c = new JDBC().connect("jdbc:sqlite:" + database, new Properties());
             Statement st = c.createStatement()) {
            try (ResultSet tables = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                if (tables.next() && tables.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + database, e);
        }
    }
}
