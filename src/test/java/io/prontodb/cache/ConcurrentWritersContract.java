package io.prontodb.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule layer under concurrent writers, each on its own connection to one store, as separate processes would be:
 * max_items is never exceeded, and no write is lost. A backend's test says how to open another connection.
 */
public abstract class ConcurrentWritersContract {
    private static final NamespaceRef CACHE = new NamespaceRef("app", "cache");
    private static final NamespaceRef PLAIN = new NamespaceRef("app", "plain");
    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 40;
    private static final long MAX_ITEMS = 5;

    @TempDir
    protected Path dir;

    /** Another connection to the one store this test uses (the first call creates it). */
    protected abstract Store connect();

    private List<Long> race(NamespaceRef ns) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong mostSeen = new AtomicLong();
        try (Store watcher = connect()) {
            Future<?> watch = pool.submit(() -> {
                while (writing.get()) {
                    mostSeen.accumulateAndGet(watcher.countLive(ns, Clock.systemUTC().millis()), Math::max);
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    try (Store store = connect()) {
                        KeyValueService kv = new KeyValueService(store, Clock.systemUTC());
                        for (int i = 0; i < WRITES_EACH; i++) {
                            Address address = new Address(ns.project(), ns.namespace(), "w" + writer + "-" + i, "");
                            kv.set(address, ("v" + i).getBytes(StandardCharsets.UTF_8), null);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            watch.get();
            return List.of(mostSeen.get(), watcher.countLive(ns, Clock.systemUTC().millis()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentWritersNeverLeaveMoreThanMaxItemsLiveKeys() throws Exception {
        try (Store store = connect()) {
            store.saveSettings(CACHE, new NamespaceSettings(NamespaceKind.TTL, 600L, MAX_ITEMS, false));
        }

        List<Long> counts = race(CACHE);

        assertThat(counts.get(0)).as("most live keys seen while writing").isLessThanOrEqualTo(MAX_ITEMS);
        assertThat(counts.get(1)).as("live keys at the end").isEqualTo(MAX_ITEMS);
    }

    @Test
    void concurrentWritersLoseNoWrite() throws Exception {
        List<Long> counts = race(PLAIN);

        assertThat(counts.get(1)).isEqualTo(WRITERS * WRITES_EACH);
    }
}
