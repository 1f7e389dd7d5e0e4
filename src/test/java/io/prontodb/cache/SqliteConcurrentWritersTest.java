package io.prontodb.cache;

import io.prontodb.store.Store;
import io.prontodb.store.sqlite.SqliteStore;

class SqliteConcurrentWritersTest extends ConcurrentWritersContract {
    @Override
    protected Store connect() {
        return SqliteStore.open(dir.resolve("pronto.db"), 30_000);
    }
}
