package io.prontodb.e2e;

import io.prontodb.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/** Looks into a launcher's store directly, to check what the CLI stored. */
final class Db {
    private Db() {
    }

    /**
     * Rows in {@code table} of the launcher's store (its database file, or its PostgreSQL database). A missing
     * store or table fails the test: a count of zero from a database that is not there would prove nothing, so
     * tests that check "nothing stored" first store something.
     */
    static long rows(Launcher launcher, String table) {
        if (launcher.postgresDatabase == null) {
            return rows(launcher.database(), table);
        }
        try (Connection c = PostgresServer.shared().connect(launcher.postgresDatabase);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot count " + table + " in " + launcher.postgresDatabase + ": " + e.getMessage(), e);
        }
    }

    /** The number a one-row, one-column count query gives. */
    static long count(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every value of every table in the launcher's PostgreSQL database as one string, bytea columns as their raw
     * bytes (ISO-8859-1), so a secret stored in plaintext in any column shows up in it.
     */
    static String postgresContents(Launcher launcher) {
        StringBuilder contents = new StringBuilder();
        try (Connection c = PostgresServer.shared().connect(launcher.postgresDatabase);
             Statement tables = c.createStatement();
             ResultSet names = tables.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema() ORDER BY table_name")) {
            while (names.next()) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM \"" + names.getString(1) + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] bytes = "bytea".equals(rs.getMetaData().getColumnTypeName(i)) ? rs.getBytes(i) : null;
                            contents.append(bytes != null ? new String(bytes, StandardCharsets.ISO_8859_1) : rs.getString(i))
                                    .append('\t');
                        }
                        contents.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + launcher.postgresDatabase + ": " + e.getMessage(), e);
        }
        return contents.toString();
    }

    static long rows(Path database, String table) {
        if (!Files.isRegularFile(database)) {
            throw new AssertionError("no database at " + database);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = new JDBC().connect("jdbc:sqlite:" + database, readOnly.toProperties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot count " + table + " in " + database + ": " + e.getMessage(), e);
        }
    }
}
