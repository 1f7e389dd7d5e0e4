package io.prontodb.store.postgres;

import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.Store;
import io.prontodb.store.StoreContract;
import io.prontodb.testing.PostgresServer;
import java.nio.file.Path;
import java.util.Map;

/** The PostgreSQL store passes the store contract, each test in a fresh database of the private test cluster. */
class PostgresStoreTest extends StoreContract {

    /** A fresh database on the shared test cluster, opened as a user would with -d and PGPASSWORD. */
    static PostgresStore openFresh(Path home) {
        PostgresServer server = PostgresServer.shared();
        Environment env = new Environment(Map.of("PGPASSWORD", PostgresServer.PASSWORD), home);
        Target target = Target.parse(server.url(server.createDatabase()), env);
        return PostgresStore.open((Target.Postgres) target, env, 5000);
    }

    @Override
    protected Store openStore(Path dir) {
        return openFresh(dir);
    }
}
