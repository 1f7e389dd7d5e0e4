package io.prontodb.cache;

import static io.prontodb.cache.CacheFixture.CACHE;
import static io.prontodb.cache.CacheFixture.PLAIN;
import static io.prontodb.cache.CacheFixture.in;
import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CacheAdminTest {
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
    void createCacheTakesNamedSettingsOrABareTimeout() {
        f.admin.create(CACHE, List.of("timeout=60", "max_items=10", "evict_on_read=1"));
        f.admin.create(PLAIN, List.of("30"));

        assertThat(f.store.settings(CACHE)).isEqualTo(new NamespaceSettings(NamespaceKind.TTL, 60L, 10L, true));
        assertThat(f.store.settings(PLAIN)).isEqualTo(new NamespaceSettings(NamespaceKind.TTL, 30L, null, false));
    }

    @Test
    void creatingAnExistingCacheIsRefusedAndChangesNothing() {
        f.admin.create(CACHE, List.of("timeout=60"));

        ProntoException e = assertFailsWith(ExitCode.USAGE, () -> f.admin.create(CACHE, List.of("timeout=5")));
        assertThat(e.getMessage()).contains("app.cache").contains("already");
        assertThat(e.hint()).contains("set-cache");
        assertThat(f.store.settings(CACHE).ttlSeconds()).isEqualTo(60L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeout=0", "timeout=-1", "timeout=abc", "timeout=", "timeout=1.5", "0", "-5",
            "timeout=99999999999999999999", "max_items=3", "evict_on_read=1"})
    void aTimeoutThatIsNotAPositiveIntegerIsRefused(String setting) {
        assertFailsWith(ExitCode.USAGE, () -> f.admin.create(CACHE, List.of(setting)));

        assertThat(f.store.settings(CACHE)).isEqualTo(NamespaceSettings.STANDARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"max_items=0", "max_items=-2", "max_items=x", "evict_on_read=2", "evict_on_read=yes",
            "colour=blue", "timeout", "ttl=5"})
    void badOrUnknownSettingsAreRefused(String setting) {
        assertFailsWith(ExitCode.USAGE, () -> f.admin.create(CACHE, List.of("timeout=60", setting)));

        assertThat(f.store.settings(CACHE)).isEqualTo(NamespaceSettings.STANDARD);
    }

    @Test
    void setCacheChangesTheTimeoutForLaterWritesOnly() {
        f.admin.create(CACHE, List.of("timeout=10", "max_items=7"));
        f.set(CACHE, "before", null);

        f.admin.update(CACHE, List.of("timeout=100"));
        f.set(CACHE, "after", null);
        f.clock.advanceSeconds(10);

        assertThat(f.visible(CACHE, "before")).isFalse();
        assertThat(f.visible(CACHE, "after")).isTrue();
        assertThat(f.store.settings(CACHE)).isEqualTo(new NamespaceSettings(NamespaceKind.TTL, 100L, 7L, false));
    }

    @Test
    void setCacheOnANamespaceThatIsNotACacheIsRefused() {
        f.set(PLAIN, "k", null);

        assertFailsWith(ExitCode.USAGE, () -> f.admin.update(PLAIN, List.of("timeout=5")));
        assertThat(f.store.settings(PLAIN)).isEqualTo(NamespaceSettings.STANDARD);
    }

    @Test
    void setCacheWithoutSettingsOrWithABadOneChangesNothing() {
        f.admin.create(CACHE, List.of("timeout=10"));

        assertFailsWith(ExitCode.USAGE, () -> f.admin.update(CACHE, List.of()));
        assertFailsWith(ExitCode.USAGE, () -> f.admin.update(CACHE, List.of("timeout=20", "max_items=0")));
        assertThat(f.store.settings(CACHE)).isEqualTo(new NamespaceSettings(NamespaceKind.TTL, 10L, null, false));
    }

    @Test
    void dropCacheDeletesExpiredKeysAndKeepsLiveOnesWithoutExpiry() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.set(CACHE, "expired", 1L);
        f.set(CACHE, "live", null);
        f.clock.advanceSeconds(1);

        f.admin.drop(CACHE);
        f.clock.advanceSeconds(1000);

        assertThat(f.store.settings(CACHE)).isEqualTo(NamespaceSettings.STANDARD);
        assertThat(f.stored(CACHE, "expired")).isFalse();
        assertThat(f.store.get(in(CACHE, "live")).orElseThrow().expiresAt()).isNull();
        assertThat(f.visible(CACHE, "live")).isTrue();
        assertFailsWith(ExitCode.USAGE, () -> f.set(CACHE, "k", 5L));
    }

    @Test
    void dropCacheOnANamespaceThatIsNotACacheIsRefused() {
        assertFailsWith(ExitCode.USAGE, () -> f.admin.drop(PLAIN));
    }

    @Test
    void gcDeletesEveryExpiredRowEverywhereAndCountsThem() {
        f.admin.create(CACHE, List.of("timeout=10"));
        f.admin.create(PLAIN, List.of("timeout=10"));
        f.set(CACHE, "a", 1L);
        f.set(CACHE, "b", 2L);
        f.set(PLAIN, "c", 2L);
        f.set(CACHE, "live", null);
        f.clock.advanceSeconds(2);

        assertThat(f.admin.collectGarbage()).isEqualTo(3);
        assertThat(f.admin.collectGarbage()).isZero();
        assertThat(f.keys(CACHE, true)).containsExactly("live");
        assertThat(f.keys(PLAIN, true)).isEmpty();
    }
}
