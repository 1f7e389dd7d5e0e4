package io.prontodb.cache;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.Entry;
import io.prontodb.store.Store;
import io.prontodb.store.StoreFactory;
import io.prontodb.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule layer on any backend: TTL defaults, --ttl rules and max_items for every kind of write, and max_items
 * under concurrent writers. A backend's test returns its factory.
 */
public abstract class WriteRulesContract {
    private static final NamespaceRef LIMITED = new NamespaceRef("app", "limited");
    private static final NamespaceRef TTL = new NamespaceRef("app", "ttl");
    private static final NamespaceRef PLAIN = new NamespaceRef("app", "plain");

    @TempDir
    protected Path dir;
    private final MutableClock clock = new MutableClock(1_700_000_000_000L);
    private Store store;

    protected abstract StoreFactory factory();

    @BeforeEach
    void open() {
        store = factory().createEmpty(dir);
        CacheAdmin admin = new CacheAdmin(store, clock, Delimiter.DEFAULT);
        admin.create(LIMITED, List.of("timeout=600", "max_items=3"));
        admin.create(TTL, List.of("timeout=10"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Address in(NamespaceRef ns, String key) {
        return new Address(ns.project(), ns.namespace(), key, "");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> keys(Store from, NamespaceRef ns) {
        List<String> keys = new ArrayList<>();
        new KeyValueService(from, clock).list(new ListTarget(ns, ""), false, false, e -> keys.add(e.address().key()));
        return keys;
    }

    private void batch(boolean replace, java.util.function.Consumer<WriteBatch> writes) {
        store.inWriteTransaction(() -> {
            try (WriteBatch batch = new WriteBatch(store, clock, replace)) {
                writes.accept(batch);
                batch.finish();
            }
            return null;
        });
    }

    @Test
    void aBatchOfPutsKeepsTheLastWrittenInEveryLimitedNamespace() {
        batch(true, b -> {
            for (String key : List.of("e", "d", "c", "b", "a")) {
                b.put(in(LIMITED, key), bytes(key), null);
                b.put(in(PLAIN, key), bytes(key), null);
            }
        });

        assertThat(keys(store, LIMITED)).containsExactly("a", "b", "c");
        assertThat(keys(store, PLAIN)).hasSize(5);
    }

    @Test
    void putsTakeTheNamespaceTimeoutOrTheirTtlAndTtlIsRefusedInAStandardNamespace() {
        batch(true, b -> {
            b.put(in(TTL, "default"), bytes("v"), null);
            b.put(in(TTL, "own"), bytes("v"), 99L);
            b.put(in(PLAIN, "never"), bytes("v"), null);
        });

        assertThat(store.get(in(TTL, "default")).orElseThrow().expiresAt()).isEqualTo(clock.millis() + 10_000);
        assertThat(store.get(in(TTL, "own")).orElseThrow().expiresAt()).isEqualTo(clock.millis() + 99_000);
        assertThat(store.get(in(PLAIN, "never")).orElseThrow().expiresAt()).isNull();
        assertFailsWith(ExitCode.USAGE, () -> batch(true, b -> b.put(in(PLAIN, "x"), bytes("v"), 5L)));
        assertThat(store.get(in(PLAIN, "x"))).isEmpty();
    }

    @Test
    void importedEntriesKeepAGivenExpiryGetTheTimeoutOtherwiseAndRespectMaxItems() {
        long given = clock.millis() + 500_000;
        boolean[] written = new boolean[2];
        batch(false, b -> {
            written[0] = b.insert(new Entry(in(TTL, "given"), bytes("v"), given));
            b.insert(new Entry(in(TTL, "none"), bytes("v"), null));
            b.insert(new Entry(in(PLAIN, "given"), bytes("v"), given));
            for (String key : List.of("a", "b", "c", "d")) {
                b.insert(new Entry(in(LIMITED, key), bytes(key), null));
            }
            written[1] = b.insert(new Entry(in(TTL, "given"), bytes("again"), null));
        });

        assertThat(written).containsExactly(true, false);
        assertThat(store.get(in(TTL, "given")).orElseThrow().expiresAt()).isEqualTo(given);
        assertThat(store.get(in(TTL, "none")).orElseThrow().expiresAt()).isEqualTo(clock.millis() + 10_000);
        assertThat(store.get(in(PLAIN, "given")).orElseThrow().expiresAt()).isEqualTo(given);
        assertThat(keys(store, LIMITED)).containsExactly("b", "c", "d");
    }

    @Test
    void importedEntriesThatReplaceRespectMaxItemsToo() {
        batch(true, b -> {
            for (String key : List.of("a", "b", "c", "d", "e")) {
                b.insert(new Entry(in(LIMITED, key), bytes(key), null));
            }
        });

        assertThat(keys(store, LIMITED)).containsExactly("c", "d", "e");
    }

    @Test
    void maxItemsEvictsExpiredKeysBeforeLiveOnes() {
        KeyValueService kv = new KeyValueService(store, clock);
        kv.set(in(LIMITED, "old"), bytes("v"), null);
        kv.set(in(LIMITED, "short"), bytes("v"), 1L);
        kv.set(in(LIMITED, "mid"), bytes("v"), null);
        clock.advanceSeconds(2);
        kv.set(in(LIMITED, "new"), bytes("v"), null);

        assertThat(keys(store, LIMITED)).containsExactly("mid", "new", "old");
    }

    @Test
    void maxItemsHoldsUnderConcurrentWriters() throws Exception {
        int perWriter = 40;
        try (Store other = factory().connectAgain(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (Store writer : List.of(store, other)) {
                    String name = writer == store ? "first" : "second";
                    KeyValueService kv = new KeyValueService(writer, clock);
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < perWriter; i++) {
                            kv.set(in(LIMITED, name + i), bytes("v"), null);
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(other.countLive(LIMITED, clock.millis())).isEqualTo(3);
        }
        assertThat(keys(store, LIMITED)).hasSize(3).anyMatch(k -> k.equals("first39") || k.equals("second39"));
    }
}
