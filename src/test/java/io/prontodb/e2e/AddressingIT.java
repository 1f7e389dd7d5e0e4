package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 1: addresses of one, two and three parts, current project and namespace, delimiter, context, names. */
@OnEveryBackend
class AddressingIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void oneTwoAndThreePartAddressesWithFlagsBeforeOrAfterTheCommandWord() {
        ok(pronto.run("set", "p.n.three", "3"));
        ok(pronto.run("-p", "p", "set", "n.two", "2"));
        ok(pronto.run("set", "one", "1", "-p", "p", "--namespace", "n"));
        ok(pronto.run("set", "plain", "d"));

        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("one=1\nthree=3\ntwo=2\n");
        assertThat(ok(pronto.run("-p", "p", "-n", "n", "get", "one")).stdout()).isEqualTo("1\n");
        assertThat(ok(pronto.run("get", "default.default.plain")).stdout()).isEqualTo("d\n");
    }

    @Test
    void delimiterFromFlagOrConfigAndContextsAsSuffixOrFlag() throws IOException {
        ok(pronto.run("set", "--ns-delim", "/", "p/n/host.name__eu", "a"));
        ok(pronto.run("set", "--ns-delim=/", "p/n/host.name", "b", "--context", "us"));
        ok(pronto.run("set", "p.n.host", "plain"));

        assertThat(ok(pronto.run("keys", "p.n")).lines()).containsExactly("host", "host.name__eu", "host.name__us");
        assertThat(ok(pronto.run("get", "p/n/host.name", "--context", "eu", "--ns-delim", "/")).stdout())
                .isEqualTo("a\n");

        Path config = Files.createDirectories(home.resolve("config/prontodb")).resolve("pronto.conf");
        Files.writeString(config, "# defaults\nns_delim=:\nproject=p\nnamespace=n\n");
        assertThat(ok(pronto.run("get", "p:n:host.name__us")).stdout()).isEqualTo("b\n");
        assertThat(ok(pronto.run("get", "host")).stdout()).isEqualTo("plain\n");
    }

    @Test
    void overwritingKeepsOneRowPerKeyAndContext() {
        ok(pronto.run("set", "p.n.k", "old"));
        ok(pronto.run("set", "p.n.k", "new"));
        ok(pronto.run("set", "p.n.k__c", "old"));
        ok(pronto.run("set", "p.n.k", "newer", "--context", "c"));

        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("k=new\nk__c=newer\n");
        assertThat(Db.rows(pronto, "kv")).isEqualTo(2);
    }

    @Test
    void prefixesAreLiteralByteWiseAndCaseSensitive() {
        for (String key : new String[] {"a%b", "a_b", "axb", "A%b", "ab"}) {
            ok(pronto.run("-p", "p", "-n", "n", "set", key, "v"));
        }

        assertThat(ok(pronto.run("keys", "p.n.a%")).lines()).containsExactly("a%b");
        assertThat(ok(pronto.run("-p", "p", "-n", "n", "ls", "a_")).lines()).containsExactly("a_b");
        assertThat(ok(pronto.run("keys", "p.n.A")).lines()).containsExactly("A%b");
        assertThat(ok(pronto.run("keys", "p.n")).lines()).containsExactly("A%b", "a%b", "a_b", "ab", "axb");
    }

    @Test
    void unicodeNamesArePreserved() {
        ok(pronto.run("set", "項目.名前空間.ключ__ctx", "значение"));
        ok(pronto.run("set", "項目.名前空間.Ключ", "😀"));

        assertThat(ok(pronto.run("get", "項目.名前空間.ключ__ctx")).stdout()).isEqualTo("значение\n");
        assertThat(ok(pronto.run("keys", "項目.名前空間")).lines()).containsExactly("Ключ", "ключ__ctx");
        assertThat(ok(pronto.run("nss")).lines()).containsExactly("項目.名前空間");
    }

    @Test
    void explicitFlagsWinAndAnAddressThatNamesThemAgainIsAUsageError() {
        ok(pronto.run("set", "seed", "v"));

        Expect.error(pronto.run("set", "-p", "kb", "-n", "recipes", "bad.key", "x"), 64);
        Expect.error(pronto.run("set", "-n", "recipes", "kb.recipes.k", "x"), 64);
        Expect.error(pronto.run("set", "-p", "kb", "kb.recipes.k", "x"), 64);
        Expect.error(pronto.run("keys", "-n", "recipes", "kb.recipes"), 64);

        ok(pronto.run("set", "-p", "kb", "-n", "recipes", "soup", "1"));
        ok(pronto.run("set", "-p", "kb", "recipes.stew", "2"));
        ok(pronto.run("--ns-delim", "|", "set", "-p", "kb", "-n", "recipes", "bad.key", "3"));
        assertThat(ok(pronto.run("--ns-delim", "|", "scan", "kb|recipes")).stdout())
                .isEqualTo("bad.key=3\nsoup=1\nstew=2\n");
        assertThat(ok(pronto.run("nss")).lines()).containsExactly("default.default", "kb.recipes");
    }

    @Test
    void namesThatAreNotValidUtf8AreRefusedNeverReplaced() throws IOException {
        ok(pronto.run("set", "seed", "v"));
        Path bash = Path.of("/bin/bash");
        String bin = Launcher.BIN.toString();

        for (String command : new String[] {"set $'p.n.k\\xff' v", "get $'p.n.k\\xfe'", "del $'p.n.k\\xff'",
                "keys $'p.n.\\xc3'", "set p.n.k $'\\xff'"}) {
            Result refused = Expect.error(pronto.run(bash, null, "-c", "exec \"$0\" " + command, bin), 65);
            assertThat(refused.stderr()).as(command).contains("not valid UTF-8");
        }
        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEmpty();
        ok(pronto.run(bash, null, "-c", "exec \"$0\" set $'p.n.k\\xef\\xbf\\xbd' replacement-character", bin));
        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("k\ufffd=replacement-character\n");
    }

    @Test
    void plainScanEscapesEqualsAndBackslashInKeysSoEveryLineSplitsOneWay() {
        ok(pronto.run("set", "p.n.a=b", "c"));
        ok(pronto.run("set", "p.n.a", "b=c"));
        ok(pronto.run("set", "p.n.back\\slash__x=y", "v"));

        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("a=b=c\na\\=b=c\nback\\\\slash__x\\=y=v\n");
    }
}
