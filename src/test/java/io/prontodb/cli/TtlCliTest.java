package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TTL rules as the commands show them, with the clock moved by hand. */
class TtlCliTest {
    @TempDir
    Path home;
    InProcess cli;

    @BeforeEach
    void setUp() {
        cli = new InProcess(home);
        ok("admin", "create-cache", "app.cache", "timeout=10");
    }

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.code()).as("%s", result).isZero();
        return result;
    }

    @Test
    void ttlPrintsWholeSecondsLeftRoundedUp() {
        ok("set", "app.cache.k", "v");
        assertThat(ok("ttl", "app.cache.k").stdout()).isEqualTo("10\n");

        cli.clock.advanceMillis(500);
        assertThat(ok("ttl", "app.cache.k").stdout()).isEqualTo("10\n");
        cli.clock.advanceMillis(9_499);
        assertThat(ok("ttl", "app.cache.k").stdout()).isEqualTo("1\n");
        cli.clock.advanceMillis(1);
        assertThat(cli.run("ttl", "app.cache.k").code()).isEqualTo(2);
    }

    @Test
    void ttlIsMinusOneWithoutExpiryAndExit2WhenMissing() {
        ok("set", "app.plain.k", "v");

        assertThat(ok("ttl", "app.plain.k").stdout()).isEqualTo("-1\n");
        Result missing = cli.run("ttl", "app.plain.nope");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.stdout()).isEmpty();
    }

    @Test
    void ttlFlagOverridesAndIsRefusedInAStandardNamespace() {
        ok("set", "app.cache.k", "v", "--ttl", "3");
        assertThat(ok("ttl", "app.cache.k").stdout()).isEqualTo("3\n");

        Result refused = cli.run("set", "app.plain.k", "v", "--ttl", "3");
        assertThat(refused.code()).isEqualTo(64);
        assertThat(refused.stderr()).startsWith("prontodb: error: ");
        assertThat(cli.run("get", "app.plain.k").code()).isEqualTo(2);
    }

    @Test
    void anExpiredKeyIsAMissUnlessExpiredKeysAreIncluded() {
        ok("set", "app.cache.k", "v");
        cli.clock.advanceSeconds(10);

        assertThat(ok("get", "app.cache.k", "--include-expired").stdout()).isEqualTo("v\n");
        assertThat(ok("get", "app.cache.k", "--include-expired", "--json").stdout())
                .isEqualTo("{\"project\":\"app\",\"namespace\":\"cache\",\"key\":\"k\",\"context\":\"\",\"value\":\"v\","
                        + "\"expires_at\":" + (cli.clock.millis()) + ",\"expired\":true}\n");
        Result miss = cli.run("get", "app.cache.k");
        assertThat(miss.code()).isEqualTo(2);
        assertThat(miss.stderr()).isEqualTo("prontodb: error: not found: app.cache.k\n");
        assertThat(cli.run("get", "app.cache.k", "--include-expired").code())
                .as("the miss deleted the row").isEqualTo(2);
    }

    @Test
    void listingsAndCountsSkipExpiredKeys() {
        ok("set", "app.cache.short", "1", "--ttl", "1");
        ok("set", "app.cache.long", "2");
        ok("admin", "create-cache", "app.sessions", "60", "max_items=5", "evict_on_read=1");
        cli.clock.advanceSeconds(1);

        assertThat(ok("keys", "app.cache").lines()).containsExactly("long");
        assertThat(ok("keys", "app.cache", "--include-expired").lines()).containsExactly("long", "short");
        assertThat(ok("scan", "app.cache").lines()).containsExactly("long=2");
        assertThat(ok("namespaces", "app", "-l").lines())
                .containsExactly("cache\tttl\t10\t-\t0\t1", "sessions\tttl\t60\t5\t1\t0");
        assertThat(ok("namespaces", "-p", "app", "--json").lines()).containsExactly(
                "{\"project\":\"app\",\"namespace\":\"cache\",\"kind\":\"ttl\",\"ttl\":10,\"max_items\":null,"
                        + "\"evict_on_read\":false,\"keys\":1}",
                "{\"project\":\"app\",\"namespace\":\"sessions\",\"kind\":\"ttl\",\"ttl\":60,\"max_items\":5,"
                        + "\"evict_on_read\":true,\"keys\":0}");
    }

    @Test
    void aProjectIsListedWhileItHasLiveKeysOrADeclaredNamespace() {
        ok("admin", "create-cache", "gone.cache", "timeout=1");
        ok("set", "gone.cache.k", "v");
        ok("set", "plain.n.k", "v");
        ok("admin", "create-cache", "onlytemp.cache", "timeout=5");
        ok("set", "onlytemp.cache.k", "v");

        assertThat(ok("projects").lines()).containsExactly("app", "gone", "onlytemp", "plain");
        ok("admin", "drop-cache", "gone.cache");
        ok("del", "gone.cache.k");
        cli.clock.advanceSeconds(5);
        ok("admin", "drop-cache", "onlytemp.cache");

        assertThat(ok("projects").lines()).containsExactly("app", "plain");
        assertThat(ok("nss").lines()).containsExactly("app.cache", "plain.n");
    }

    @Test
    void gcReportsTheCountOnStderr() {
        ok("set", "app.cache.a", "1", "--ttl", "1");
        ok("set", "app.cache.b", "1", "--ttl", "1");
        ok("set", "app.cache.live", "1", "--ttl", "2");
        cli.clock.advanceSeconds(1);

        Result gc = ok("admin", "gc");
        assertThat(gc.stdout()).isEmpty();
        assertThat(gc.stderr()).isEqualTo("prontodb: gc removed 2 expired keys\n");
        assertThat(ok("keys", "app.cache", "--include-expired").lines()).containsExactly("live");
        assertThat(ok("admin", "gc").stderr()).isEqualTo("prontodb: gc removed 0 expired keys\n");
    }
}
