package io.prontodb.store.sqlite;

import io.prontodb.store.Snapshots;
import io.prontodb.store.SnapshotsContract;
import io.prontodb.store.Store;

class SqliteSnapshotsTest extends SnapshotsContract {
    @Override
    protected Store openStore(String place) {
        return SqliteStore.open(dir.resolve(place).resolve("pronto.db"), 5000);
    }

    @Override
    protected Snapshots snapshotsOf(String place) {
        return new SqliteSnapshots(dir.resolve(place).resolve("pronto.db"), 5000);
    }
}
