package io.prontodb.store.sqlite;

import io.prontodb.store.CredentialStoreContract;
import io.prontodb.store.StoreFactory;

class SqliteCredentialStoreTest extends CredentialStoreContract {
    @Override
    protected StoreFactory factory() {
        return new SqliteStoreFactory();
    }
}
