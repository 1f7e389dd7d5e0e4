package io.prontodb.security;

import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.Store;
import io.prontodb.store.postgres.PostgresStore;
import io.prontodb.testing.PostgresServer;
import java.util.Map;

class PostgresConcurrentCredentialWritersTest extends ConcurrentCredentialWritersContract {
    private String database;

    @Override
    protected synchronized Store connect() {
        PostgresServer server = PostgresServer.shared();
        if (database == null) {
            database = server.createDatabase();
        }
        Environment env = new Environment(Map.of("PGPASSWORD", PostgresServer.PASSWORD), dir);
        return PostgresStore.open((Target.Postgres) Target.parse(server.url(database), env), env, 30_000);
    }
}
