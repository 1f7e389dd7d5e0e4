package io.prontodb.store.sqlite;

import io.prontodb.store.Backend;
import io.prontodb.store.KeyValueStore;
import io.prontodb.store.Store;
import java.nio.file.Path;

/**
 * A SQLite file: key-value calls go through {@link DirectSqliteStore} while the schema is current, everything else
 * (and a database to create or migrate) through {@link SqliteStore}. One connection at a time: a second one would
 * wait on the first one's write lock.
 */
public final class SqliteBackend implements Backend {
    private final Path path;
    private final long busyTimeoutMs;
    private SqliteStore store;
    private DirectSqliteStore direct;

    public SqliteBackend(Path path, long busyTimeoutMs) {
        this.path = path;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    @Override
    public KeyValueStore keyValues() {
        if (store != null) {
            return store;
        }
        if (direct == null) {
            direct = DirectSqliteStore.openIfCurrent(path, busyTimeoutMs);
            if (direct == null) {
                return store();
            }
        }
        return direct;
    }

    @Override
    public Store store() {
        if (store == null) {
            closeDirect();
            store = SqliteStore.open(path, busyTimeoutMs);
        }
        return store;
    }

    @Override
    public void close() {
        closeDirect();
        if (store != null) {
            store.close();
        }
    }

    private void closeDirect() {
        if (direct != null) {
            direct.close();
            direct = null;
        }
    }
}
