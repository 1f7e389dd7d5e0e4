package io.prontodb.e2e;

import io.prontodb.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sqlite.JDBC;

/** Looks into a launcher's store directly, to check what the CLI stored. */
final class Db {
    private Db() {
    }

    /** Rows in {@code table} of the launcher's store; 0 when it does not exist (or has no schema yet). */
    static long rows(Launcher launcher, String table) {
        if (launcher.postgresDatabase == null) {
            return rows(launcher.database(), table);
        }
        try (Connection c = PostgresServer.shared().connect(launcher.postgresDatabase);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = '" + table + "'")) {
            rs.next();
            return rs.getLong(1) == 0 ? 0 : count(st, table);
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + launcher.postgresDatabase, e);
        }
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
            return count(st, table);
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + database, e);
        }
    }

    private static long count(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
