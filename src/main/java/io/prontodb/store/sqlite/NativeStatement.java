package io.prontodb.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.NativeCalls;
import org.sqlite.core.NativeDB;

/** A prepared statement on a {@link NativeDatabase}: bind, step, read columns; close finalizes it. */
final class NativeStatement implements AutoCloseable {
    private static final int SQLITE_OK = 0;
    private static final int SQLITE_NULL = 5;
    private static final int SQLITE_ROW = 100;
    private static final int SQLITE_DONE = 101;

    private final NativeDB db;
    private final long handle;
    private final Path path;

    NativeStatement(NativeDB db, long handle, Path path) {
        this.db = db;
        this.handle = handle;
        this.path = path;
    }

    /** A statement on a JDBC connection's own handle, for reads of many rows without the driver's per-call work. */
    static NativeStatement prepare(Connection connection, String sql, Path path) {
        try {
            NativeDB db = (NativeDB) connection.unwrap(SQLiteConnection.class).getDatabase();
            return new NativeStatement(db, NativeCalls.prepare(db, sql.getBytes(StandardCharsets.UTF_8)), path);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    NativeStatement bind(int index, String text) {
        return check(NativeCalls.bindText(db, handle, index, text.getBytes(StandardCharsets.UTF_8)));
    }

    NativeStatement bind(int index, byte[] blob) {
        return check(NativeCalls.bindBlob(db, handle, index, blob));
    }

    NativeStatement bind(int index, long value) {
        return check(NativeCalls.bindLong(db, handle, index, value));
    }

    NativeStatement bindNullable(int index, Long value) {
        return value == null ? check(NativeCalls.bindNull(db, handle, index)) : bind(index, value);
    }

    /** Steps once: true when a row is ready, false when the statement is done. */
    boolean step() {
        int rc = db.step(handle);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        throw failure(rc);
    }

    String text(int column) {
        return db.column_text(handle, column);
    }

    byte[] blob(int column) {
        return db.column_blob(handle, column);
    }

    long longValue(int column) {
        return db.column_long(handle, column);
    }

    Long nullableLong(int column) {
        return db.column_type(handle, column) == SQLITE_NULL ? null : db.column_long(handle, column);
    }

    private NativeStatement check(int rc) {
        if (rc != SQLITE_OK) {
            throw failure(rc);
        }
        return this;
    }

    private RuntimeException failure(int rc) {
        try {
            db.throwex(rc);
            return new IllegalStateException("SQLite result code " + rc);
        } catch (SQLException e) {
            return SqliteErrors.translate(e, path);
        }
    }

    @Override
    public void close() {
        NativeCalls.finalizeStatement(db, handle);
    }
}
