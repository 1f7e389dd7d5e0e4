package io.prontodb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The behaviour every {@link Store} implementation must show. A backend's test extends this class and returns
 * its {@link StoreFactory}.
 */
public abstract class StoreContract {
    protected static final long NOW = 1_700_000_000_000L;
    protected static final NamespaceRef NS = new NamespaceRef("p", "n");

    @TempDir
    protected Path dir;
    protected Store store;

    protected abstract StoreFactory factory();

    @BeforeEach
    void open() {
        store = factory().createEmpty(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    protected static Address at(String key) {
        return at(key, "");
    }

    protected static Address at(String key, String context) {
        return new Address(NS.project(), NS.namespace(), key, context);
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> keys(String prefix, boolean includeExpired, long now) {
        List<String> keys = new ArrayList<>();
        store.list(new ListQuery(new ListTarget(NS, prefix), false, includeExpired, now),
                e -> keys.add(e.address().keyPart()));
        return keys;
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        store.list(new ListQuery(new ListTarget(NS, ""), true, true, NOW), entries::add);
        return entries;
    }

    @Test
    void storesAndReturnsExactBytes() {
        byte[] value = new byte[256];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        store.put(at("k"), value, null);

        Entry entry = store.get(at("k")).orElseThrow();
        assertThat(entry.value()).isEqualTo(value);
        assertThat(entry.expiresAt()).isNull();
        assertThat(store.get(at("other"))).isEmpty();
    }

    @Test
    void anEmptyValueIsAValue() {
        store.put(at("k"), new byte[0], null);

        assertThat(store.get(at("k")).orElseThrow().value()).isEmpty();
    }

    @Test
    void overwritingKeepsOneRowWithTheNewestValue() {
        store.put(at("k"), bytes("old"), null);
        store.put(at("k"), bytes("new"), null);
        store.put(at("k", "c"), bytes("old"), null);
        store.put(at("k", "c"), bytes("new"), null);

        assertThat(entries()).extracting(e -> e.address().keyPart() + "=" + new String(e.value(), StandardCharsets.UTF_8))
                .containsExactly("k=new", "k__c=new");
    }

    @Test
    void aKeyWithoutContextIsDistinctFromEveryContext() {
        store.put(at("k"), bytes("plain"), null);
        store.put(at("k", "a"), bytes("a"), null);
        store.put(at("k", "b"), bytes("b"), null);

        assertThat(store.delete(at("k"))).isTrue();
        assertThat(store.get(at("k"))).isEmpty();
        assertThat(store.get(at("k", "a")).orElseThrow().value()).isEqualTo(bytes("a"));
        assertThat(keys("", false, NOW)).containsExactly("k__a", "k__b");
    }

    @Test
    void deleteIsIdempotent() {
        store.put(at("k"), bytes("v"), null);

        assertThat(store.delete(at("k"))).isTrue();
        assertThat(store.delete(at("k"))).isFalse();
    }

    @Test
    void namespacesAndProjectsAreSeparate() {
        store.put(at("k"), bytes("here"), null);
        store.put(new Address("p", "other", "k", ""), bytes("there"), null);
        store.put(new Address("P", "n", "k", ""), bytes("upper"), null);

        assertThat(store.get(at("k")).orElseThrow().value()).isEqualTo(bytes("here"));
        assertThat(keys("", false, NOW)).containsExactly("k");
        assertThat(store.projects(NOW)).containsExactly("P", "p");
    }

    @Test
    void listsSortedByteWiseByKeyThenContext() {
        List<String> keys = List.of("b", "a", "B", "é", "Z", "～", "😀", "a-", "aa", "中");
        for (String key : keys) {
            store.put(at(key), bytes(key), null);
        }
        store.put(at("a", "z"), bytes("z"), null);
        store.put(at("a", "A"), bytes("A"), null);

        List<String> expected = new ArrayList<>(keys);
        expected.sort(Comparator.comparing(s -> s.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned));
        int a = expected.indexOf("a");
        expected.addAll(a + 1, List.of("a__A", "a__z"));
        assertThat(keys("", false, NOW)).containsExactlyElementsOf(expected);
    }

    @Test
    void prefixesAreLiteralAndCaseSensitive() {
        for (String key : List.of("a%b", "a_b", "axb", "a%", "A%b", "a", "%", "_x", "ab%")) {
            store.put(at(key), bytes(key), null);
        }

        assertThat(keys("a%", false, NOW)).containsExactly("a%", "a%b");
        assertThat(keys("a_", false, NOW)).containsExactly("a_b");
        assertThat(keys("%", false, NOW)).containsExactly("%");
        assertThat(keys("_", false, NOW)).containsExactly("_x");
        assertThat(keys("A", false, NOW)).containsExactly("A%b");
        assertThat(keys("a", false, NOW)).containsExactly("a", "a%", "a%b", "a_b", "ab%", "axb");
    }

    @Test
    void aPrefixMatchesTheKeyNotTheContext() {
        store.put(at("k", "abc"), bytes("v"), null);
        store.put(at("kx"), bytes("v"), null);

        assertThat(keys("k", false, NOW)).containsExactly("k__abc", "kx");
        assertThat(keys("k__", false, NOW)).isEmpty();
    }

    @Test
    void listingsSkipRowsExpiredAtOrBeforeNowUnlessAskedFor() {
        store.put(at("expired-before"), bytes("v"), NOW - 1);
        store.put(at("expires-now"), bytes("v"), NOW);
        store.put(at("live"), bytes("v"), NOW + 1);
        store.put(at("forever"), bytes("v"), null);

        assertThat(keys("", false, NOW)).containsExactly("forever", "live");
        assertThat(keys("", true, NOW)).containsExactly("expired-before", "expires-now", "forever", "live");
        assertThat(store.countLive(NS, NOW)).isEqualTo(2);
        assertThat(store.get(at("expires-now")).orElseThrow().expiresAt()).isEqualTo(NOW);
    }

    @Test
    void deleteExpiredRemovesOnlyExpiredRowsInTheGivenScope() {
        NamespaceRef other = new NamespaceRef("q", "m");
        store.put(at("old"), bytes("v"), NOW);
        store.put(at("live"), bytes("v"), NOW + 1);
        store.put(new Address("q", "m", "old", ""), bytes("v"), NOW - 5);

        assertThat(store.deleteExpired(NS, NOW)).isEqualTo(1);
        assertThat(store.countLive(other, NOW - 10)).isEqualTo(1);
        assertThat(store.deleteExpired(null, NOW)).isEqualTo(1);
        assertThat(keys("", true, NOW)).containsExactly("live");
    }

    @Test
    void deleteOldestRemovesTheLeastRecentlyWrittenWhateverTheKeyOrder() {
        store.put(at("c"), bytes("1"), null);
        store.put(at("b"), bytes("1"), null);
        store.put(at("a"), bytes("1"), null);
        store.put(at("c"), bytes("2"), null);
        store.put(new Address("q", "m", "z", ""), bytes("1"), null);

        assertThat(store.deleteOldest(NS, 1)).isEqualTo(1);
        assertThat(keys("", false, NOW)).containsExactly("a", "c");
        assertThat(store.deleteOldest(NS, 1)).isEqualTo(1);
        assertThat(keys("", false, NOW)).containsExactly("c");
    }

    @Test
    void bulkWritesRankAfterEarlierWrites() {
        store.put(at("a"), bytes("1"), null);
        store.inWriteTransaction(() -> {
            try (Store.BulkPut bulk = store.bulkPut()) {
                bulk.put(at("c"), bytes("1"), null);
                bulk.put(at("b"), bytes("1"), null);
                bulk.flush();
            }
            try (BulkInsert insert = store.bulkInsert(true)) {
                insert.insert(new Entry(at("a"), bytes("2"), null));
            }
            return null;
        });

        assertThat(store.deleteOldest(NS, 2)).isEqualTo(2);
        assertThat(keys("", false, NOW)).containsExactly("a");
    }

    @Test
    void clearExpiryMakesEveryRowOfTheNamespacePermanent() {
        store.put(at("a"), bytes("v"), NOW + 5);
        store.put(new Address("q", "m", "a", ""), bytes("v"), NOW + 5);

        store.clearExpiry(NS);

        assertThat(store.get(at("a")).orElseThrow().expiresAt()).isNull();
        assertThat(store.get(new Address("q", "m", "a", "")).orElseThrow().expiresAt()).isEqualTo(NOW + 5);
    }

    @Test
    void settingsAreSavedReplacedAndRemoved() {
        NamespaceSettings cache = new NamespaceSettings(NamespaceKind.TTL, 60L, 10L, true);
        assertThat(store.settings(NS)).isEqualTo(NamespaceSettings.STANDARD);

        store.saveSettings(NS, cache);
        assertThat(store.settings(NS)).isEqualTo(cache);
        store.saveSettings(NS, new NamespaceSettings(NamespaceKind.TTL, 5L, null, false));
        assertThat(store.settings(NS)).isEqualTo(new NamespaceSettings(NamespaceKind.TTL, 5L, null, false));
        store.saveSettings(NS, NamespaceSettings.STANDARD);

        assertThat(store.settings(NS)).isEqualTo(NamespaceSettings.STANDARD);
        assertThat(store.namespaces(null, NOW)).isEmpty();
    }

    @Test
    void discoveryListsLiveKeysAndDeclaredNamespacesWithLiveCounts() {
        NamespaceSettings cache = new NamespaceSettings(NamespaceKind.TTL, 60L, null, false);
        store.put(at("a"), bytes("v"), null);
        store.put(at("b"), bytes("v"), NOW);
        store.put(new Address("gone", "n", "k", ""), bytes("v"), NOW - 1);
        store.saveSettings(new NamespaceRef("declared", "c"), cache);

        assertThat(store.projects(NOW)).containsExactly("declared", "p");
        assertThat(store.namespaceRefs(null, NOW)).containsExactly(new NamespaceRef("declared", "c"), NS);
        assertThat(store.namespaceRefs("p", NOW)).containsExactly(NS);
        assertThat(store.namespaceRefs("gone", NOW)).isEmpty();
        assertThat(store.namespaces("p", NOW)).containsExactly(new NamespaceInfo(NS, NamespaceSettings.STANDARD, 1));
        assertThat(store.namespaces(null, NOW)).containsExactly(
                new NamespaceInfo(new NamespaceRef("declared", "c"), cache, 0),
                new NamespaceInfo(NS, NamespaceSettings.STANDARD, 1));
    }

    @Test
    void namespaceDiscoveryVisitsEveryNamespaceInByteOrder() {
        for (String project : List.of("b", "a", "a_", "a%", "ü", "z")) {
            for (String namespace : List.of("n2", "n1", "N", "n10")) {
                store.put(new Address(project, namespace, "k1", ""), bytes("v"), null);
                store.put(new Address(project, namespace, "k2", "ctx"), bytes("v"), null);
            }
        }
        store.put(new Address("a", "only-expired", "k", ""), bytes("v"), NOW);

        assertThat(store.namespaceRefs(null, NOW)).extracting(r -> r.project() + "." + r.namespace()).containsExactly(
                "a.N", "a.n1", "a.n10", "a.n2", "a%.N", "a%.n1", "a%.n10", "a%.n2", "a_.N", "a_.n1", "a_.n10", "a_.n2",
                "b.N", "b.n1", "b.n10", "b.n2", "z.N", "z.n1", "z.n10", "z.n2", "ü.N", "ü.n1", "ü.n10", "ü.n2");
        assertThat(store.namespaceRefs("a", NOW)).extracting(NamespaceRef::namespace)
                .containsExactly("N", "n1", "n10", "n2");
        assertThat(store.projects(NOW)).containsExactly("a", "a%", "a_", "b", "z", "ü");
    }

    @Test
    void aFailedWriteTransactionChangesNothing() {
        store.put(at("kept"), bytes("v"), null);

        assertThatThrownBy(() -> store.inWriteTransaction(() -> {
            store.put(at("new"), bytes("v"), null);
            store.delete(at("kept"));
            store.saveSettings(NS, new NamespaceSettings(NamespaceKind.TTL, 1L, null, false));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(keys("", true, NOW)).containsExactly("kept");
        assertThat(store.settings(NS)).isEqualTo(NamespaceSettings.STANDARD);
    }

    @Test
    void bulkPutWritesEveryRowOnceFlushedAndOverwritesInPlace() {
        store.put(at("k0"), bytes("old"), null);
        store.inWriteTransaction(() -> {
            try (Store.BulkPut bulk = store.bulkPut()) {
                for (int i = 0; i < 3000; i++) {
                    bulk.put(at("k" + i), bytes("v" + i), i % 2 == 0 ? null : NOW + i);
                }
                bulk.flush();
            }
            return null;
        });

        assertThat(store.countLive(NS, NOW)).isEqualTo(3000);
        assertThat(store.get(at("k0")).orElseThrow().value()).isEqualTo(bytes("v0"));
        assertThat(store.get(at("k7")).orElseThrow().expiresAt()).isEqualTo(NOW + 7);
    }

    @Test
    void bulkInsertCountsEachAddressItWroteOnceEvenWhenWrittenAgainAcrossBatches() {
        store.put(at("untouched"), bytes("old"), null);
        store.put(at("k0"), bytes("old"), null);
        long[] distinct = new long[3];
        store.inWriteTransaction(() -> {
            try (BulkInsert replace = store.bulkInsert(true)) {
                distinct[0] = replace.distinctRows();
                for (int i = 0; i < 12_000; i++) {
                    replace.insert(new Entry(at("k" + (i % 7_000)), bytes("v" + i), null));
                }
                distinct[1] = replace.distinctRows();
                replace.insert(new Entry(at("k1"), bytes("last"), null));
                distinct[2] = replace.distinctRows();
            }
            return null;
        });

        assertThat(distinct).containsExactly(0, 7_000, 7_000);
        assertThat(store.get(at("k1")).orElseThrow().value()).isEqualTo(bytes("last"));
        assertThat(store.get(at("k6999")).orElseThrow().value()).isEqualTo(bytes("v6999"));
        assertThat(store.get(at("untouched")).orElseThrow().value()).isEqualTo(bytes("old"));
    }

    @Test
    void bulkInsertIntoANewNamespaceKeepsTheLastOfAddressesRepeatedAcrossBatches() {
        store.put(new Address("p", "other", "k1", ""), bytes("old"), null);
        long[] distinct = new long[1];
        store.inWriteTransaction(() -> {
            try (BulkInsert replace = store.bulkInsert(true)) {
                for (int i = 0; i < 12_000; i++) {
                    replace.insert(new Entry(at("k" + (i % 7_000)), bytes("v" + i), null));
                    replace.insert(new Entry(new Address("p", "other", "k" + (i % 3), ""), bytes("o" + i), null));
                }
                distinct[0] = replace.distinctRows();
            }
            return null;
        });

        assertThat(distinct[0]).isEqualTo(7_003);
        assertThat(store.get(at("k1")).orElseThrow().value()).isEqualTo(bytes("v7001"));
        assertThat(store.get(at("k6999")).orElseThrow().value()).isEqualTo(bytes("v6999"));
        assertThat(store.get(new Address("p", "other", "k1", "")).orElseThrow().value()).isEqualTo(bytes("o11998"));
    }

    @Test
    void bulkInsertIfAbsentCountsOnlyTheRowsItAdded() {
        store.put(at("a"), bytes("old"), null);
        long distinct = store.inWriteTransaction(() -> {
            try (BulkInsert keep = store.bulkInsert(false)) {
                keep.insert(new Entry(at("a"), bytes("new"), null));
                keep.insert(new Entry(at("b"), bytes("new"), null));
                keep.insert(new Entry(at("b"), bytes("again"), null));
                return keep.distinctRows();
            }
        });

        assertThat(distinct).isEqualTo(1);
        assertThat(store.get(at("b")).orElseThrow().value()).isEqualTo(bytes("new"));
    }

    @Test
    void bulkInsertReplacesOrKeepsExistingRowsAndSaysWhich() {
        store.put(at("a"), bytes("old"), null);
        boolean[] written = new boolean[4];
        store.inWriteTransaction(() -> {
            try (BulkInsert keep = store.bulkInsert(false)) {
                written[0] = keep.insert(new Entry(at("a"), bytes("new"), null));
                written[1] = keep.insert(new Entry(at("b"), bytes("new"), 9L));
            }
            try (BulkInsert replace = store.bulkInsert(true)) {
                written[2] = replace.insert(new Entry(at("b"), bytes("newer"), null));
                written[3] = replace.insert(new Entry(at("c"), bytes("new"), null));
            }
            return null;
        });

        assertThat(written).containsExactly(false, true, true, true);
        assertThat(store.get(at("a")).orElseThrow().value()).isEqualTo(bytes("old"));
        assertThat(store.get(at("b")).orElseThrow()).satisfies(e -> {
            assertThat(e.value()).isEqualTo(bytes("newer"));
            assertThat(e.expiresAt()).isNull();
        });
    }

    @Test
    void forEachRowStreamsAScopeInAddressOrder() {
        store.put(new Address("q", "m", "k", ""), bytes("1"), null);
        store.put(at("b"), bytes("2"), null);
        store.put(at("a", "ctx"), bytes("3"), null);
        store.put(at("a"), bytes("4"), null);
        store.put(at("ab"), bytes("5"), NOW);
        store.put(new Address("p", "o", "a", ""), bytes("6"), null);

        assertThat(rows(RowScope.ALL, false)).containsExactly("p.n.a=4", "p.n.a__ctx=3", "p.n.b=2", "p.o.a=6", "q.m.k=1");
        assertThat(rows(RowScope.ALL, true)).contains("p.n.ab=5");
        assertThat(rows(new RowScope("p", null, ""), false)).containsExactly("p.n.a=4", "p.n.a__ctx=3", "p.n.b=2", "p.o.a=6");
        assertThat(rows(new RowScope("p", "n", "a"), true)).containsExactly("p.n.a=4", "p.n.a__ctx=3", "p.n.ab=5");
    }

    @Test
    void aVisitorThatFailsMidStreamLeavesTheStoreUsable() {
        for (int i = 0; i < 3_000; i++) {
            store.put(at("k" + i), bytes("v" + i), null);
        }
        int[] seen = {0};
        assertThatThrownBy(() -> store.forEachRow(RowScope.ALL, false, NOW, e -> {
            if (++seen[0] == 1_000) {
                throw new IllegalStateException("reader gave up");
            }
        })).hasMessage("reader gave up");

        store.put(at("after"), bytes("x"), null);
        assertThat(rows(new RowScope("p", "n", "after"), false)).containsExactly("p.n.after=x");
        assertThat(store.get(at("k2999")).orElseThrow().value()).isEqualTo(bytes("v2999"));
    }

    private List<String> rows(RowScope scope, boolean includeExpired) {
        List<String> rows = new ArrayList<>();
        store.forEachRow(scope, includeExpired, NOW, e -> rows.add(e.address().project() + "." + e.address().namespace()
                + "." + e.address().keyPart() + "=" + new String(e.value(), StandardCharsets.UTF_8)));
        return rows;
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndFailsWithIt() {
        assertThatThrownBy(() -> store.inWriteTransaction(() -> {
            store.inWriteTransaction(() -> {
                store.put(at("inner"), bytes("v"), null);
                return null;
            });
            store.put(at("outer"), bytes("v"), null);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(keys("", true, NOW)).isEmpty();

        store.inWriteTransaction(() -> store.inWriteTransaction(() -> {
            store.put(at("inner"), bytes("v"), null);
            return null;
        }));
        assertThat(keys("", true, NOW)).containsExactly("inner");
    }

    @Test
    void concurrentWritersOnTwoConnectionsAllSucceed() throws Exception {
        int perWriter = 50;
        try (Store other = factory().connectAgain(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (Store writer : List.of(store, other)) {
                    String name = writer == store ? "first" : "second";
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < perWriter; i++) {
                            int n = i;
                            writer.inWriteTransaction(() -> {
                                writer.put(at(name + n), bytes("v"), null);
                                return null;
                            });
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(store.countLive(NS, NOW)).isEqualTo(2L * perWriter);
    }

    @Test
    void aCleanupNeverWaitsForAnotherWriterAndRunsWhenTheLockIsFree() throws Exception {
        store.put(at("old"), bytes("v"), NOW - 1);
        store.put(at("older"), bytes("v"), NOW - 2);
        try (Store other = factory().connectAgain(dir)) {
            other.inWriteTransaction(() -> {
                other.put(at("held"), bytes("v"), null);
                long start = System.nanoTime();
                // Skipped (SQLite: one writer at a time) or done (PostgreSQL: no conflicting row), but never waited for.
                store.inWriteTransactionIfFree(() -> store.delete(at("older")));
                assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
                return null;
            });
        }
        assertThat(store.get(at("old"))).isPresent();
        assertThat(store.inWriteTransactionIfFree(() -> store.deleteExpired(NS, NOW))).isPresent();
        assertThat(store.get(at("old"))).isEmpty();

        store.inWriteTransaction(() -> {
            assertThat(store.inWriteTransactionIfFree(() -> store.delete(at("held")))).contains(true);
            return null;
        });
    }

    @Test
    void writesInOneTransactionAreCommittedTogether() {
        long written = store.inWriteTransaction(() -> {
            store.put(at("a"), bytes("v"), null);
            store.put(at("b"), bytes("v"), null);
            return store.countLive(NS, NOW);
        });

        assertThat(written).isEqualTo(2);
        assertThat(keys("", false, NOW)).containsExactly("a", "b");
    }

    @Test
    void bulkPutWritesEveryRowAndTheLastWriteOfAnAddressWins() {
        store.inWriteTransaction(() -> {
            try (Store.BulkPut bulk = store.bulkPut()) {
                for (int i = 0; i < 12_345; i++) {
                    bulk.put(at("k" + i), bytes("v" + i), i % 2 == 0 ? null : NOW + i);
                }
                bulk.put(at("k7"), bytes("again"), null);
                bulk.put(at("k7", "c"), new byte[] {0, (byte) 0xff}, null);
                bulk.put(at("k7"), bytes("last"), NOW + 1);
                bulk.flush();
            }
            return null;
        });

        assertThat(store.countLive(NS, NOW)).isEqualTo(12_346);
        assertThat(store.get(at("k7")).orElseThrow()).satisfies(e -> {
            assertThat(e.value()).isEqualTo(bytes("last"));
            assertThat(e.expiresAt()).isEqualTo(NOW + 1);
        });
        assertThat(store.get(at("k7", "c")).orElseThrow().value()).isEqualTo(new byte[] {0, (byte) 0xff});
        assertThat(store.get(at("k12344")).orElseThrow().expiresAt()).isNull();
    }

    @Test
    void bulkPutRowsBecomeTheMostRecentlyWritten() {
        store.put(at("old"), bytes("v"), null);
        store.put(at("rewritten"), bytes("v"), null);
        store.inWriteTransaction(() -> {
            try (Store.BulkPut bulk = store.bulkPut()) {
                bulk.put(at("rewritten"), bytes("w"), null);
                bulk.put(at("new"), bytes("w"), null);
                bulk.flush();
            }
            return null;
        });

        store.deleteOldest(NS, 1);

        assertThat(keys("", false, NOW)).containsExactly("new", "rewritten");
    }

    @Test
    void bulkInsertReplacesOrKeepsExistingRows() {
        store.put(at("a"), bytes("old"), null);
        store.inWriteTransaction(() -> {
            try (BulkInsert insert = store.bulkInsert(false)) {
                assertThat(insert.insert(new Entry(at("a"), bytes("kept?"), null))).isFalse();
                assertThat(insert.insert(new Entry(at("b"), bytes("b"), NOW + 9))).isTrue();
            }
            return null;
        });
        assertThat(store.get(at("a")).orElseThrow().value()).isEqualTo(bytes("old"));

        store.inWriteTransaction(() -> {
            try (BulkInsert insert = store.bulkInsert(true)) {
                assertThat(insert.insert(new Entry(at("a"), bytes("new"), null))).isTrue();
            }
            return null;
        });
        assertThat(store.get(at("a")).orElseThrow().value()).isEqualTo(bytes("new"));
        assertThat(store.get(at("b")).orElseThrow().expiresAt()).isEqualTo(NOW + 9);
    }

    @Test
    void forEachRowStreamsTheScopeInByteOrderWithExpiryRules() {
        store.put(new Address("q", "m", "z", ""), bytes("1"), null);
        store.put(at("b"), bytes("2"), null);
        store.put(at("a", "ctx"), bytes("3"), null);
        store.put(at("a"), bytes("4"), NOW);
        store.put(at("é"), bytes("5"), null);
        store.put(new Address("P", "n", "k", ""), bytes("6"), null);

        List<String> all = new ArrayList<>();
        store.forEachRow(RowScope.ALL, true, NOW, e -> all.add(e.address().project() + "." + e.address().namespace()
                + "." + e.address().keyPart() + "=" + new String(e.value(), StandardCharsets.UTF_8)));
        List<String> live = new ArrayList<>();
        store.forEachRow(new RowScope("p", "n", "a"), false, NOW, e -> live.add(e.address().keyPart()));

        assertThat(all).containsExactly("P.n.k=6", "p.n.a=4", "p.n.a__ctx=3", "p.n.b=2", "p.n.é=5", "q.m.z=1");
        assertThat(live).containsExactly("a__ctx");
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        assertThatThrownBy(() -> store.inWriteTransaction(() -> {
            store.inWriteTransaction(() -> {
                store.put(at("inner"), bytes("v"), null);
                return null;
            });
            store.put(at("outer"), bytes("v"), null);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(keys("", true, NOW)).isEmpty();
        assertThat(store.inWriteTransaction(() -> store.inWriteTransaction(() -> {
            store.put(at("inner"), bytes("v"), null);
            return "done";
        }))).isEqualTo("done");
        assertThat(keys("", true, NOW)).containsExactly("inner");
    }
}
