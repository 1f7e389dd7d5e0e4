package io.prontodb.store.sqlite;

import io.prontodb.store.Store;
import io.prontodb.store.StoreFactory;
import java.nio.file.Path;

/** SQLite stores on a file in the test's directory. */
public final class SqliteStoreFactory implements StoreFactory {
    /** Long enough that queued writers never time out on a loaded machine. */
    private static final long BUSY_TIMEOUT_MS = 60_000;

    public static Path database(Path dir) {
        return dir.resolve("nested/data/pronto.db");
    }

    @Override
    public Store createEmpty(Path dir) {
        return SqliteStore.open(database(dir), BUSY_TIMEOUT_MS);
    }

    @Override
    public Store connectAgain(Path dir) {
        return SqliteStore.open(database(dir), BUSY_TIMEOUT_MS);
    }
}
