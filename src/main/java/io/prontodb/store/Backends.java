package io.prontodb.store;

import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.postgres.PostgresStore;
import io.prontodb.store.sqlite.SqliteStore;

/**
 * Opens the store a target names. Each backend's classes load only when its target is used: a SQLite call never
 * loads the PostgreSQL driver.
 */
public final class Backends {
    private Backends() {
    }

    public static Store open(Target target, Environment env, long busyTimeoutMs) {
        if (target instanceof Target.Sqlite sqlite) {
            return SqliteStore.open(sqlite.path(), busyTimeoutMs);
        }
        if (target instanceof Target.Postgres postgres) {
            return PostgresStore.open(postgres, env, busyTimeoutMs);
        }
        throw ProntoException.usage("a server target (" + target.describe() + ") cannot be opened as a store here",
                "give a SQLite path or a postgresql:// URL");
    }
}
