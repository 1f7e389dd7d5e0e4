package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write path (set, stream, import, import-fs) keeps a namespace's TTL and max_items rules. */
class WriteRulesCliTest {
    private static final String HEADER = "project\tnamespace\tkey\tcontext\tvalue\texpires_at\n";

    @TempDir
    Path home;
    InProcess cli;

    @BeforeEach
    void setUp() {
        cli = new InProcess(home);
        cli.env.put("PRONTO_SECURITY", "false");
    }

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.code()).as("%s", result).isZero();
        return result;
    }

    private Result okWithStdin(String stdin, String... args) {
        Result result = cli.runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
        assertThat(result.code()).as("%s", result).isZero();
        return result;
    }

    @Test
    void importIntoAMaxItemsNamespaceKeepsTheLastWritten() {
        ok("admin", "create-cache", "app.lim", "timeout=600", "max_items=2");
        okWithStdin(HEADER + "app\tlim\ta\t\t1\t\napp\tlim\tb\t\t2\t\napp\tlim\tc\t\t3\t\napp\tlim\td\t\t4\t\n", "import");

        assertThat(ok("keys", "app.lim").lines()).containsExactly("c", "d");
    }

    @Test
    void importWithoutExpiryIntoATtlNamespaceGetsItsTimeout() {
        ok("admin", "create-cache", "app.ttl", "timeout=10");
        okWithStdin(HEADER + "app\tttl\tk\t\tv\t\n", "import");

        assertThat(ok("ttl", "app.ttl.k").stdout()).isEqualTo("10\n");
    }

    @Test
    void anExplicitExpiryInAnImportIsKeptAsGiven() {
        ok("admin", "create-cache", "app.ttl", "timeout=10");
        long expiresAt = cli.clock.millis() + 500_000;
        okWithStdin(HEADER + "app\tttl\tk\t\tv\t" + expiresAt + "\napp\tstd\tk\t\tv\t" + expiresAt + "\n", "import");

        assertThat(ok("ttl", "app.ttl.k").stdout()).isEqualTo("500\n");
        assertThat(ok("ttl", "app.std.k").stdout()).isEqualTo("500\n");
    }

    @Test
    void importFsIntoATtlNamespaceGetsItsTimeoutAndMaxItems() throws IOException {
        ok("admin", "create-cache", "app.ttl", "timeout=10", "max_items=2");
        Path dir = home.resolve("mirror");
        Files.createDirectories(dir.resolve("app/ttl"));
        for (String key : new String[] {"a", "b", "c"}) {
            Files.writeString(dir.resolve("app/ttl/" + key + ".json"), key);
        }
        ok("import-fs", dir.toString());

        assertThat(ok("keys", "app.ttl").lines()).hasSize(2);
        for (String key : ok("keys", "app.ttl").lines()) {
            assertThat(ok("ttl", "app.ttl." + key).stdout()).isEqualTo("10\n");
        }
    }

    @Test
    void aStreamIntoAMaxItemsNamespaceKeepsTheLastWritten() {
        ok("admin", "create-cache", "app.lim", "timeout=600", "max_items=2");
        okWithStdin("meta:path=app.lim; z=1; y=2; x=3; w=4", "stream");

        assertThat(ok("keys", "app.lim").lines()).containsExactly("w", "x");
    }

    @Test
    void setIntoAMaxItemsNamespaceEvictsTheLeastRecentlyWrittenNotTheFirstInKeyOrder() {
        ok("admin", "create-cache", "app.lim", "timeout=600", "max_items=2");
        ok("set", "app.lim.b", "1");
        ok("set", "app.lim.a", "1");
        ok("set", "app.lim.b", "2");
        ok("set", "app.lim.c", "1");

        assertThat(ok("keys", "app.lim").lines()).containsExactly("b", "c");
    }
}
