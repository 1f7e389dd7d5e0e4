package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC 6 with the real launcher: cache namespaces, expiry in real time, gc, max_items. */
@OnEveryBackend
class TtlCacheIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    private long secondsLeft(String address) {
        return Long.parseLong(ok(pronto.run("ttl", address)).stdout().strip());
    }

    /** The seconds left may be lower by the whole seconds that passed since {@code startNanos}, never higher. */
    private static long lowestLeft(long timeout, long startNanos) {
        long elapsedSeconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        return timeout - elapsedSeconds - 1;
    }

    @Test
    void createCacheInBothFormsThenChangeAndDropIt() {
        ok(pronto.run("admin", "create-cache", "app.named", "timeout=60", "max_items=10", "evict_on_read=1"));
        ok(pronto.run("-p", "app", "admin", "create-cache", "short", "30"));
        long setAt = System.nanoTime();
        ok(pronto.run("set", "app.short.k", "v"));
        ok(pronto.run("admin", "set-cache", "app.named", "timeout=90"));

        assertThat(ok(pronto.run("namespaces", "app", "-l")).lines())
                .containsExactly("named\tttl\t90\t10\t1\t0", "short\tttl\t30\t-\t0\t1");
        assertThat(secondsLeft("app.short.k")).isBetween(lowestLeft(30, setAt), 30L);

        ok(pronto.run("admin", "drop-cache", "app.short"));
        assertThat(ok(pronto.run("ttl", "app.short.k")).stdout()).isEqualTo("-1\n");
        error(pronto.run("set", "app.short.k", "v", "--ttl", "5"), 64);
    }

    @Test
    void keysExpireInRealTime() throws InterruptedException {
        ok(pronto.run("admin", "create-cache", "app.s", "timeout=1"));
        ok(pronto.run("set", "app.s.a", "va"));
        ok(pronto.run("set", "app.s.b", "vb"));
        ok(pronto.run("set", "app.s.c", "vc"));
        long written = System.nanoTime();
        ok(pronto.run("set", "app.s.keep", "vk", "--ttl", "600"));
        assertThat(secondsLeft("app.s.keep")).isBetween(lowestLeft(600, written), 600L);

        Thread.sleep(Math.max(0, 1_100 - (System.nanoTime() - written) / 1_000_000));

        assertThat(ok(pronto.run("keys", "app.s")).lines()).containsExactly("keep");
        assertThat(ok(pronto.run("keys", "app.s", "--include-expired")).lines()).containsExactly("a", "b", "c", "keep");
        assertThat(ok(pronto.run("get", "app.s.a", "--include-expired")).stdout()).isEqualTo("va\n");
        assertThat(error(pronto.run("get", "app.s.a"), 2).stderr()).isEqualTo("prontodb: error: not found: app.s.a\n");
        error(pronto.run("ttl", "app.s.b"), 2);
        error(pronto.run("get", "app.s.b", "--include-expired"), 2);
        Result gc = pronto.run("admin", "gc");
        assertThat(gc.code()).isZero();
        assertThat(gc.stderr()).contains("removed 1 ");
        assertThat(ok(pronto.run("keys", "app.s", "--include-expired")).lines()).containsExactly("keep");
        assertThat(ok(pronto.run("namespaces", "app", "--json")).stdout()).contains("\"keys\":1}");
    }

    @Test
    void maxItemsKeepsTheNewestWrites() {
        ok(pronto.run("admin", "create-cache", "app.m", "timeout=600", "max_items=3"));
        for (int i = 1; i <= 5; i++) {
            ok(pronto.run("-p", "app", "-n", "m", "set", "k" + i, "v" + i));
        }

        assertThat(ok(pronto.run("keys", "app.m", "--include-expired")).lines()).containsExactly("k3", "k4", "k5");
    }

    static Stream<Arguments> badCacheCommands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "timeout=0"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "timeout=abc"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "-5"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "timeout=60", "max_items=0"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "timeout=60", "max_items=x"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "timeout=60", "colour=red"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c", "max_items=3"}),
                Arguments.of((Object) new String[] {"admin", "create-cache", "app.c.k", "60"}),
                Arguments.of((Object) new String[] {"admin", "set-cache", "app.plain", "timeout=5"}),
                Arguments.of((Object) new String[] {"admin", "drop-cache", "app.plain"}),
                Arguments.of((Object) new String[] {"admin", "drop-cache", "app.plain.k"}),
                Arguments.of((Object) new String[] {"admin", "shrink-cache", "app.c"}),
                Arguments.of((Object) new String[] {"admin"}));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badCacheCommands")
    void badCacheCommandsAreUsageErrorsAndChangeNothing(String[] args) {
        assertThat(pronto.run("set", "app.plain.k", "v").code()).isZero();

        error(pronto.run(args), 64);

        assertThat(Db.rows(pronto, "sys_namespaces")).isZero();
        assertThat(Db.rows(pronto, "kv")).isOne();
    }

    @Test
    void creatingAnExistingCacheIsRefusedAndPointsToSetCache() {
        ok(pronto.run("admin", "create-cache", "app.c", "timeout=60"));

        Result again = error(pronto.run("admin", "create-cache", "app.c", "timeout=5"), 64);

        assertThat(again.stderr()).contains("app.c").contains("set-cache");
        assertThat(ok(pronto.run("namespaces", "app", "-l")).lines()).containsExactly("c\tttl\t60\t-\t0\t0");
        error(pronto.run("set", "app.c.k", "v", "--ttl", "0"), 64);
    }
}
