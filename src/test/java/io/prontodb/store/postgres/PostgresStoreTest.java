package io.prontodb.store.postgres;

import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.Store;
import io.prontodb.store.StoreContract;
import io.prontodb.store.StoreFactory;
import io.prontodb.testing.PostgresServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The PostgreSQL store passes the store contract, each test in a fresh database of the private test cluster. */
class PostgresStoreTest extends StoreContract {

    /** Fresh databases on the shared test cluster, opened as a user would with -d and PGPASSWORD. */
    static final StoreFactory FACTORY = new StoreFactory() {
        private final Map<Path, String> urls = new ConcurrentHashMap<>();

        @Override
        public Store createEmpty(Path dir) {
            PostgresServer server = PostgresServer.shared();
            String url = server.url(server.createDatabase());
            urls.put(dir, url);
            return open(url, dir);
        }

        @Override
        public Store connectAgain(Path dir) {
            return open(urls.get(dir), dir);
        }
    };

    static PostgresStore openFresh(Path home) {
        return (PostgresStore) FACTORY.createEmpty(home);
    }

    private static PostgresStore open(String url, Path home) {
        Environment env = new Environment(Map.of("PGPASSWORD", PostgresServer.PASSWORD), home);
        return PostgresStore.open((Target.Postgres) Target.parse(url, env), env, 5000);
    }

    @Override
    protected StoreFactory factory() {
        return FACTORY;
    }
}
