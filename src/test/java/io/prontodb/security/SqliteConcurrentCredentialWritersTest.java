package io.prontodb.security;

import io.prontodb.store.Store;
import io.prontodb.store.sqlite.SqliteStore;

class SqliteConcurrentCredentialWritersTest extends ConcurrentCredentialWritersContract {
    @Override
    protected Store connect() {
        return SqliteStore.open(dir.resolve("pronto.db"), 30_000);
    }
}
