package io.prontodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.CredentialStore;
import io.prontodb.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users and API keys written by several processes at once, each on its own connection to one store: every call ends
 * as it would have one after the other (one admin seeded, one of two equal names created, the last user kept), and
 * none fails with a conflict. Each race runs several rounds, so that a backend that lets it through is caught.
 */
public abstract class ConcurrentCredentialWritersContract {
    private static final int WORKERS = 4;
    private static final int ROUNDS = 5;
    private static final char[] PASSWORD = "a long enough password".toCharArray();

    @TempDir
    protected Path dir;
    private final List<Store> stores = new ArrayList<>();
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final Clock clock = Clock.systemUTC();

    /** Another connection to the one store this test uses (the first call creates it). */
    protected abstract Store connect();

    @BeforeEach
    void connectWorkers() {
        for (int w = 0; w < WORKERS; w++) {
            stores.add(connect());
        }
    }

    @AfterEach
    void closeWorkers() {
        stores.forEach(Store::close);
    }

    private interface Task {
        Object run(CredentialStore credentials, int worker);
    }

    /** Runs {@code task} on every worker's connection, released at once; what each returned or the error it threw. */
    private List<Object> atOnce(Task task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WORKERS);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                CredentialStore credentials = stores.get(w).credentials();
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.run(credentials, worker);
                    } catch (ProntoException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Security security(CredentialStore credentials) {
        return Security.open(credentials, hasher, clock, null);
    }

    private CredentialStore credentials() {
        return stores.get(0).credentials();
    }

    @Test
    void firstUsesAtOnceSeedAdminOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            for (String user : credentials().userNames()) {
                credentials().deleteUser(user);
            }

            List<Object> outcomes = atOnce((credentials, worker) -> security(credentials).accounts().list());

            assertThat(outcomes).as("round " + round).allSatisfy(o -> assertThat(o).isEqualTo(List.of("admin")));
        }
    }

    @Test
    void oneNameCreatedAtOnceIsCreatedOnceAndTheOthersAreToldItExists() throws Exception {
        security(credentials());
        for (int round = 0; round < ROUNDS; round++) {
            credentials().deleteUser("bob");

            List<Object> outcomes = atOnce((credentials, worker) -> {
                security(credentials).accounts().create("bob", PASSWORD);
                return "created";
            });

            assertThat(outcomes).as("round " + round).filteredOn("created"::equals).hasSize(1);
            assertThat(outcomes).as("round " + round).filteredOn(o -> !"created".equals(o)).allSatisfy(o ->
                    assertThat(o).isInstanceOfSatisfying(ProntoException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                        assertThat(e.getMessage()).isEqualTo("user 'bob' already exists");
                    }));
        }
    }

    @Test
    void twoUsersDeletedAtOnceLeaveTheLastOne() throws Exception {
        Security security = security(credentials());
        for (int round = 0; round < ROUNDS; round++) {
            for (int w = 0; w < WORKERS; w++) {
                if (!security.accounts().list().contains("user" + w)) {
                    security.accounts().create("user" + w, PASSWORD);
                }
            }
            credentials().deleteUser("admin");

            List<Object> outcomes = atOnce((credentials, worker) -> {
                security(credentials).accounts().delete("user" + worker);
                return "deleted";
            });

            assertThat(outcomes).as("round " + round).filteredOn("deleted"::equals).hasSize(WORKERS - 1);
            assertThat(security.accounts().list()).as("round " + round).hasSize(1);
        }
    }

    @Test
    void usersAndKeysCreatedAtOnceAllArriveWithDistinctRisingIds() throws Exception {
        security(credentials());

        List<Object> outcomes = atOnce((credentials, worker) -> {
            Security security = security(credentials);
            security.accounts().create("user" + worker, PASSWORD);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(security.apiKeys().create("user" + worker, null, null, ApiKeyScopes.ALL).id());
            }
            return ids;
        });

        List<Long> all = new ArrayList<>();
        for (Object outcome : outcomes) {
            assertThat(outcome).isInstanceOf(List.class);
            @SuppressWarnings("unchecked")
            List<Long> ids = (List<Long>) outcome;
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            all.addAll(ids);
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(WORKERS * 5);
        assertThat(credentials().userNames()).hasSize(WORKERS + 1);
        assertThat(credentials().apiKeys()).extracting(ApiKeyInfo::id).containsExactlyInAnyOrderElementsOf(all);
    }
}
