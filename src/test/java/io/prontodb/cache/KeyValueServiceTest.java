package io.prontodb.cache;

import static io.prontodb.cache.CacheFixture.CACHE;
import static io.prontodb.cache.CacheFixture.PLAIN;
import static io.prontodb.cache.CacheFixture.in;
import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueServiceTest {
    @TempDir
    Path dir;
    CacheFixture f;

    @BeforeEach
    void open() {
        f = new CacheFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aKeyExpiresExactlyWhenItsTimeoutIsReached() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.set(CACHE, "k", null);

        f.clock.advanceMillis(9_999);
        assertThat(f.visible(CACHE, "k")).isTrue();
        f.clock.advanceMillis(1);
        assertThat(f.kv.get(in(CACHE, "k"), true)).isPresent();
        assertThat(f.visible(CACHE, "k")).isFalse();
        assertThat(f.stored(CACHE, "k")).as("a get of an expired key deletes its row").isFalse();
    }

    @Test
    void expiryIsSetFromTheNamespaceTimeoutAtWriteTime() {
        f.admin.create(CACHE, List.of("timeout=10"));
        long writtenAt = f.clock.millis();
        f.set(CACHE, "k", null);

        assertThat(f.store.get(in(CACHE, "k")).orElseThrow().expiresAt()).isEqualTo(writtenAt + 10_000);
    }

    @Test
    void rewritingAKeyRestartsItsTimeout() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.set(CACHE, "k", null);
        f.clock.advanceSeconds(8);
        f.set(CACHE, "k", null);
        f.clock.advanceSeconds(8);

        assertThat(f.visible(CACHE, "k")).isTrue();
    }

    @Test
    void ttlOverridesTheNamespaceTimeout() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.set(CACHE, "short", 3L);
        f.set(CACHE, "long", 30L);

        f.clock.advanceSeconds(3);
        assertThat(f.visible(CACHE, "short")).isFalse();
        f.clock.advanceSeconds(20);
        assertThat(f.visible(CACHE, "long")).isTrue();
    }

    @Test
    void ttlInAStandardNamespaceIsAUsageErrorAndStoresNothing() {
        assertFailsWith(ExitCode.USAGE, () -> f.set(PLAIN, "k", 5L));

        assertThat(f.stored(PLAIN, "k")).isFalse();
        assertThat(f.keys(PLAIN, true)).isEmpty();
    }

    @Test
    void keysInAStandardNamespaceNeverExpire() {
        f.set(PLAIN, "k", null);
        f.clock.advanceSeconds(100L * 365 * 24 * 3600);

        assertThat(f.visible(PLAIN, "k")).isTrue();
    }

    @Test
    void listingsSkipExpiredKeysUnlessAskedFor() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.set(CACHE, "a", 1L);
        f.set(CACHE, "b", null);
        f.clock.advanceSeconds(1);

        assertThat(f.keys(CACHE, false)).containsExactly("b");
        assertThat(f.keys(CACHE, true)).containsExactly("a", "b");
        assertThat(f.stored(CACHE, "a")).as("listing without evict_on_read deletes nothing").isTrue();
    }

    @Test
    void maxItemsEvictsTheLeastRecentlyWrittenAndAnOverwriteEvictsNothing() {
        f.admin.create(CACHE, List.of("timeout=100", "max_items=3"));
        f.set(CACHE, "a", null);
        f.set(CACHE, "b", null);
        f.set(CACHE, "c", null);
        f.set(CACHE, "a", null);
        assertThat(f.keys(CACHE, true)).containsExactly("a", "b", "c");

        f.set(CACHE, "d", null);
        assertThat(f.keys(CACHE, true)).containsExactly("a", "c", "d");
        f.set(CACHE, "e", null);
        assertThat(f.keys(CACHE, true)).containsExactly("a", "d", "e");
    }

    @Test
    void maxItemsEvictsExpiredKeysBeforeLiveOnes() {
        f.admin.create(CACHE, List.of("timeout=100", "max_items=3"));
        f.set(CACHE, "old-live", null);
        f.set(CACHE, "expiring", 1L);
        f.set(CACHE, "young-live", null);
        f.clock.advanceSeconds(1);

        f.set(CACHE, "new", null);

        assertThat(f.keys(CACHE, true)).containsExactly("new", "old-live", "young-live");
    }

    @Test
    void maxItemsRemovesEveryExpiredKeyOnAWrite() {
        f.admin.create(CACHE, List.of("timeout=100", "max_items=5"));
        f.set(CACHE, "x1", 1L);
        f.set(CACHE, "x2", 1L);
        f.set(CACHE, "live", null);
        f.clock.advanceSeconds(1);

        f.set(CACHE, "new", null);

        assertThat(f.keys(CACHE, true)).containsExactly("live", "new");
    }

    @Test
    void evictOnReadDeletesTheNamespacesExpiredKeysOnAnyRead() {
        f.admin.create(CACHE, List.of("timeout=100", "evict_on_read=1"));
        f.set(CACHE, "short", 1L);
        f.set(CACHE, "stays", null);
        f.clock.advanceSeconds(1);

        assertThat(f.visible(CACHE, "stays")).isTrue();
        assertThat(f.stored(CACHE, "short")).isFalse();
    }

    @Test
    void withoutEvictOnReadAReadOfAnotherKeyLeavesExpiredRows() {
        f.admin.create(CACHE, List.of("timeout=100"));
        f.set(CACHE, "short", 1L);
        f.set(CACHE, "stays", null);
        f.clock.advanceSeconds(1);

        assertThat(f.visible(CACHE, "stays")).isTrue();
        assertThat(f.stored(CACHE, "short")).isTrue();
    }

    @Test
    void evictOnReadAppliesToListingsToo() {
        f.admin.create(CACHE, List.of("timeout=100", "evict_on_read=1"));
        f.set(CACHE, "short", 1L);
        f.clock.advanceSeconds(1);

        assertThat(f.keys(CACHE, false)).isEmpty();
        assertThat(f.stored(CACHE, "short")).isFalse();
    }

    @Test
    void askingForExpiredKeysInAnEvictOnReadNamespaceShowsThemAndDeletesNothing() {
        f.admin.create(CACHE, List.of("timeout=100", "evict_on_read=1"));
        f.set(CACHE, "short", 1L);
        f.clock.advanceSeconds(1);

        assertThat(f.kv.get(CacheFixture.in(CACHE, "short"), true)).isPresent();
        assertThat(f.keys(CACHE, true)).containsExactly("short");
        assertThat(f.stored(CACHE, "short")).isTrue();
    }

    @Test
    void aReadNeverWaitsForTheWriteLockToCleanUp() {
        f.admin.create(CACHE, List.of("timeout=100", "evict_on_read=1"));
        f.set(CACHE, "short", 1L);
        f.set(CACHE, "stays", null);
        f.clock.advanceSeconds(1);
        try (SqliteStore writer = SqliteStore.open(f.store.path(), 60_000)) {
            writer.inWriteTransaction(() -> {
                long start = System.nanoTime();
                assertThat(f.visible(CACHE, "short")).isFalse();
                assertThat(f.visible(CACHE, "stays")).isTrue();
                assertThat(f.keys(CACHE, false)).containsExactly("stays");
                assertThat(System.nanoTime() - start).as("reads while another connection writes")
                        .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(3));
                return null;
            });
        }
        assertThat(f.stored(CACHE, "short")).as("cleanup was skipped, not queued").isTrue();
        assertThat(f.visible(CACHE, "stays")).isTrue();
        assertThat(f.stored(CACHE, "short")).as("the next free read cleans up").isFalse();
    }

    @Test
    void aReadOnADatabaseThatCannotBeWrittenSkipsTheCleanup() throws java.sql.SQLException {
        f.admin.create(CACHE, List.of("timeout=100", "evict_on_read=1"));
        f.set(CACHE, "short", 1L);
        f.set(CACHE, "stays", null);
        f.clock.advanceSeconds(1);
        try (java.sql.Statement st = f.store.connection().createStatement()) {
            st.execute("PRAGMA query_only = 1");
        }

        assertThat(f.visible(CACHE, "short")).isFalse();
        assertThat(f.visible(CACHE, "stays")).isTrue();
        assertThat(f.keys(CACHE, false)).containsExactly("stays");
        assertThat(f.stored(CACHE, "short")).isTrue();
    }
}
