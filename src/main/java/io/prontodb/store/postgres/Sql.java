package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyOut;

/**
 * The statement plumbing for every ProntoDB table in a PostgreSQL database: bind, run, read, transactions, and
 * translation of failures into exit codes. Statements take their values only through bound parameters.
 */
public final class Sql {
    private final Connection connection;
    private final String target;

    Sql(Connection connection, String target) {
        this.connection = connection;
        this.target = target;
    }

    /** Binds a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Reads a statement's result set. */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Consumes a statement's result set. */
    public interface Visitor {
        void visit(ResultSet rs) throws SQLException;
    }

    public <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Reads {@code fetchRows} rows per round trip; needs an open transaction (a server-side cursor). Results come in
     * binary form from the first execution: bytea as raw bytes rather than hex text the driver would decode.
     */
    void stream(String sql, int fetchRows, Binder binder, Visitor visitor) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
            ps.setFetchSize(fetchRows);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                visitor.visit(rs);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Reads the output of a {@code COPY ... TO STDOUT}. */
    interface CopyReader {
        void read(CopyOut copy) throws IOException;
    }

    /** Runs a {@code COPY ... TO STDOUT} and hands its output to {@code reader}. */
    void copyOut(String sql, CopyReader reader) {
        try {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            try {
                reader.read(copy);
            } finally {
                // A reader that stopped early: the rest is read and dropped, as cancelling a COPY TO leaves the
                // driver's protocol state broken for the next statement.
                while (copy.isActive() && copy.readFromCopy() != null) {
                    continue;
                }
            }
        } catch (BinaryCopyEntries.CopyFailed e) {
            throw translate(e.sqlCause());
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read from " + target + ": " + e.getMessage(), null, e);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs one INSERT, UPDATE or DELETE in whatever transaction is open; returns the changed row count. */
    public long update(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    PreparedStatement prepare(String sql) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    void rollbackQuietly() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled the transaction back
        }
    }

    ProntoException translate(SQLException e) {
        return PostgresErrors.translate(e, target);
    }

    static void close(Statement statement, String target) {
        try {
            statement.close();
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, target);
        }
    }

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
