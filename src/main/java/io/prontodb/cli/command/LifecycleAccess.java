package io.prontodb.cli.command;

import io.prontodb.cli.Invocation;
import io.prontodb.config.Config;
import io.prontodb.store.Snapshots;
import io.prontodb.store.sqlite.SqliteSnapshots;

/** The snapshots of the database a command targets. */
final class LifecycleAccess {
    private LifecycleAccess() {
    }

    static Snapshots snapshots(Invocation inv) {
        long busyTimeout = inv.config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, Invocation.DEFAULT_BUSY_TIMEOUT_MS);
        return new SqliteSnapshots(inv.databasePath(), busyTimeout);
    }
}
