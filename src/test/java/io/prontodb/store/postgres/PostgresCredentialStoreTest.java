package io.prontodb.store.postgres;

import io.prontodb.store.CredentialStoreContract;
import io.prontodb.store.StoreFactory;

/** The credential contract on PostgreSQL, each test in a fresh database of the private test cluster. */
class PostgresCredentialStoreTest extends CredentialStoreContract {
    @Override
    protected StoreFactory factory() {
        return PostgresStoreTest.FACTORY;
    }
}
