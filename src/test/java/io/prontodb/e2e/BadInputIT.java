package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC 4: every bad input gets its exit code, one error line (and maybe a hint), no stack trace, no change. */
@OnEveryBackend
class BadInputIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(64, new String[] {"frobnicate", "k"}),
                Arguments.of(64, new String[] {"set", "p.n.k", "v", "--frob"}),
                Arguments.of(64, new String[] {"-x", "set", "p.n.k", "v"}),
                Arguments.of(64, new String[] {"set", "a.b.c.d", "v"}),
                Arguments.of(64, new String[] {"set", "p..k", "v"}),
                Arguments.of(64, new String[] {"set", "", "v"}),
                Arguments.of(64, new String[] {"set", "p.n.a b", "v"}),
                Arguments.of(64, new String[] {"set", "p.n.k\u0001", "v"}),
                Arguments.of(64, new String[] {"set", "-p", "a.b", "k", "v"}),
                Arguments.of(64, new String[] {"set", "p.n.k", "v", "--context", "c.d"}),
                Arguments.of(64, new String[] {"set", "p.n.a__b__c", "v"}),
                Arguments.of(64, new String[] {"set", "p.n.k__", "v"}),
                Arguments.of(64, new String[] {"set", "p.n." + "k".repeat(256), "v"}),
                Arguments.of(64, new String[] {"set", "--ns-delim", "ab", "p.n.k", "v"}),
                Arguments.of(64, new String[] {"set", "--ns-delim", "_", "p_n_k", "v"}),
                Arguments.of(64, new String[] {"set", "p.n.k", "v", "--ttl", "5"}),
                Arguments.of(64, new String[] {"set", "p.n.k", "v", "extra"}),
                Arguments.of(64, new String[] {"get", "p.n.k", "--ttl", "5"}),
                Arguments.of(64, new String[] {"set", "p.n.k", "v", "-p"}),
                Arguments.of(65, new String[] {"set", "--b64", "p.n.k", "not base64!"}),
                Arguments.of(65, new String[] {"set", "--b64", "p.n.k", "YQ"}),
                Arguments.of(65, new String[] {"set", "--json", "p.n.k", "{\"a\":"}),
                Arguments.of(65, new String[] {"set", "--json", "p.n.k", "1,2"}),
                Arguments.of(65, new String[] {"set", "--json", "p.n.k", "{\"a\":1} x"}),
                Arguments.of(65, new String[] {"set", "--json", "p.n.k", "01"}),
                Arguments.of(65, new String[] {"set", "--json", "p.n.k", "{\"a\":1,\"a\":2}"}));
    }

    @ParameterizedTest(name = "[{index}] exit {0}")
    @MethodSource("badInputs")
    void isRefusedWithOneErrorLineAndStoresNothing(int code, String[] args) {
        assertThat(pronto.run("set", "seed.n.k", "v").code()).isZero();

        error(pronto.run(args), code);

        assertThat(Db.rows(pronto, "kv")).as("only the seed row").isOne();
    }

    @Test
    void aDatabasePathThatIsADirectoryIsAnIoErrorNamingIt() throws IOException {
        Path dir = Files.createDirectories(home.resolve("a-directory"));

        Result result = error(pronto.run("-d", dir.toString(), "set", "p.n.k", "v"), 74);

        assertThat(result.stderr()).contains(dir.toString());
    }

    @Test
    void anUnwritableDatabasePathIsAnIoErrorNamingIt() throws IOException {
        Path belowAFile = Files.writeString(home.resolve("file"), "x").resolve("pronto.db");
        pronto.env.put("PRONTO_DB", belowAFile.toString());
        assertThat(error(pronto.run("set", "p.n.k", "v"), 74).stderr()).contains(belowAFile.toString());

        String inProc = "/proc/prontodb-test/pronto.db";
        assertThat(error(pronto.run("get", "p.n.k", "-d", inProc), 74).stderr()).contains(inProc);
    }

    @Test
    void aFileThatIsNotADatabaseIsAnIoErrorAndIsLeftAlone() throws IOException {
        String text = "not a database\n".repeat(100);
        Path file = Files.writeString(home.resolve("notes.txt"), text);

        assertThat(error(pronto.run("-d", file.toString(), "set", "p.n.k", "v"), 74).stderr()).contains(file.toString());
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void aStackTraceAppearsOnlyWithProntoDebug() {
        pronto.env.put("PRONTO_DEBUG", "1");

        Result result = pronto.run("set", "a.b.c.d", "v");

        assertThat(result.code()).isEqualTo(64);
        assertThat(result.stderr()).startsWith("prontodb: error: ").contains("\tat io.prontodb.");
    }
}
