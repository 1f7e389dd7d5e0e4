package io.prontodb.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.Entry;
import io.prontodb.store.Store;
import io.prontodb.store.StoreContract;
import io.prontodb.store.StoreFactory;
import io.prontodb.testing.PostgresServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

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

    /** The namespace was empty when the import first met it, so its later batches go by COPY alone. */
    @Test
    void anImportMeetingANewKeyAnotherWriterStoredMeanwhileEndsBusyWithNothingWritten() {
        try (Store other = FACTORY.connectAgain(dir)) {
            assertThatThrownBy(() -> store.inWriteTransaction(() -> {
                try (BulkInsert replace = store.bulkInsert(true)) {
                    replace.insert(new Entry(at("mine"), bytes("1"), null));
                    replace.flush();
                    other.put(at("both"), bytes("other"), null);
                    replace.insert(new Entry(at("both"), bytes("import"), null));
                    return replace.distinctRows();
                }
            })).isInstanceOfSatisfying(ProntoException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BUSY));

            assertThat(store.get(at("both")).orElseThrow().value()).isEqualTo(bytes("other"));
            assertThat(store.get(at("mine"))).isEmpty();
        }
    }
}
