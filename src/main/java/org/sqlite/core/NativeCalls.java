package org.sqlite.core;

import java.sql.SQLException;

/**
 * The few calls of sqlite-jdbc's JNI layer that it keeps package-private: open, prepare, bind, exec and finalize on
 * raw handles. ProntoDB's direct SQLite path (io.prontodb.store.sqlite.NativeDatabase) uses them to skip the JDBC
 * connection set-up on every start. It lives in the driver's package only for that access; it adds no behaviour.
 */
public final class NativeCalls {
    private NativeCalls() {
    }

    public static void open(NativeDB db, byte[] fileUtf8, int flags) throws SQLException {
        db._open_utf8(fileUtf8, flags);
    }

    public static void close(NativeDB db) throws SQLException {
        db._close();
    }

    /** Runs SQL without results; a failure throws with SQLite's result code. */
    public static void exec(NativeDB db, byte[] sqlUtf8) throws SQLException {
        db._exec_utf8(sqlUtf8);
    }

    public static long prepare(NativeDB db, byte[] sqlUtf8) throws SQLException {
        return db.prepare_utf8(sqlUtf8);
    }

    public static int bindText(NativeDB db, long stmt, int index, byte[] utf8) {
        return db.bind_text_utf8(stmt, index, utf8);
    }

    public static int bindBlob(NativeDB db, long stmt, int index, byte[] value) {
        return db.bind_blob(stmt, index, value);
    }

    public static int bindLong(NativeDB db, long stmt, int index, long value) {
        return db.bind_long(stmt, index, value);
    }

    public static int bindNull(NativeDB db, long stmt, int index) {
        return db.bind_null(stmt, index);
    }

    public static int finalizeStatement(NativeDB db, long stmt) {
        return db.finalize(stmt);
    }
}
