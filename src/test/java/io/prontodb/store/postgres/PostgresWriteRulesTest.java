package io.prontodb.store.postgres;

import io.prontodb.cache.WriteRulesContract;
import io.prontodb.store.StoreFactory;

/** The rule layer on PostgreSQL: each test in a fresh database of the private test cluster. */
class PostgresWriteRulesTest extends WriteRulesContract {
    @Override
    protected StoreFactory factory() {
        return PostgresStoreTest.FACTORY;
    }
}
