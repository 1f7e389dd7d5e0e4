package io.prontodb.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The prepared-statement plumbing shared by every table in the database file: bind, run, read, and translate
 * SQLite failures into exit codes. Statements take their values only through bound parameters.
 */
public final class Jdbc {
    private final Connection connection;
    private final Path path;

    Jdbc(Connection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    /** Binds a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Reads a statement's result set. */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    /** Runs one INSERT, UPDATE or DELETE in whatever transaction is open; returns the changed row count. */
    public long update(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
