package io.prontodb.store.sqlite;

import io.prontodb.cache.WriteRulesContract;
import io.prontodb.store.StoreFactory;

class SqliteWriteRulesTest extends WriteRulesContract {
    @Override
    protected StoreFactory factory() {
        return new SqliteStoreFactory();
    }
}
