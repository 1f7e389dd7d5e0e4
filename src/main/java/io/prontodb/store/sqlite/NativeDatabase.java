package io.prontodb.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.core.NativeCalls;
import org.sqlite.core.NativeDB;

/**
 * One SQLite handle opened through sqlite-jdbc's JNI layer directly, without its JDBC connection: no driver
 * configuration, date formatter or statement wrappers, which cost more than the work of a single get or set.
 * Failures become the product's exit codes through {@link SqliteErrors}.
 */
final class NativeDatabase implements AutoCloseable {
    /**
     * SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI (the name is {@link DatabaseFile#driverName}) |
     * SQLITE_OPEN_NOMUTEX: one thread uses a connection, so SQLite's per-call connection mutex is only cost.
     */
    private static final int OPEN_FLAGS = 0x02 | 0x04 | 0x40 | 0x8000;
    private static boolean libraryLoaded;

    private final NativeDB db;
    private final Path path;

    private NativeDatabase(NativeDB db, Path path) {
        this.db = db;
        this.path = path;
    }

    static NativeDatabase open(Path path, long busyTimeoutMs) {
        loadLibrary(path);
        try {
            NativeDB db = new NativeDB(null, path.toString(), null);
            NativeCalls.open(db, DatabaseFile.driverName(path).getBytes(StandardCharsets.UTF_8), OPEN_FLAGS);
            NativeDatabase database = new NativeDatabase(db, path);
            try {
                db.busy_timeout((int) Math.min(Integer.MAX_VALUE, busyTimeoutMs));
                database.exec("PRAGMA synchronous=NORMAL");
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    /**
     * Loads the native library from the copy the launcher names ({@code org.sqlite.lib.path} and {@code .name}),
     * skipping the driver's loader (a version lookup in its jar and a scan of the temp directory); without one, the
     * driver's loader finds or extracts it.
     */
    private static synchronized void loadLibrary(Path database) {
        if (libraryLoaded) {
            return;
        }
        String dir = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        Path library = dir != null && name != null ? Path.of(dir, name).toAbsolutePath() : null;
        try {
            if (library != null && Files.isRegularFile(library)) {
                System.load(library.toString());
            } else {
                NativeDB.load();
            }
        } catch (Exception e) {
            throw SqliteErrors.translate(new SQLException("cannot load the SQLite library: " + e.getMessage(), e), database);
        }
        libraryLoaded = true;
    }

    /** How long a statement waits for a lock another connection holds before it fails busy. */
    void busyTimeout(long millis) {
        db.busy_timeout((int) Math.min(Integer.MAX_VALUE, millis));
    }

    void exec(String sql) {
        try {
            NativeCalls.exec(db, sql.getBytes(StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    NativeStatement prepare(String sql) {
        try {
            return new NativeStatement(db, NativeCalls.prepare(db, sql.getBytes(StandardCharsets.UTF_8)), path);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    long changes() {
        return db.changes();
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            NativeCalls.close(db);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }
}
