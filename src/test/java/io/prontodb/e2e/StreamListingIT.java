package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 1: keys, ls and scan with --stream print the stream grammar, which 'prontodb stream' reads back exactly. */
@OnEveryBackend
class StreamListingIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
        pronto.env.put("PRONTO_SECURITY", "false");
    }

    private void fill() {
        ok(pronto.runWithStdin(new byte[] {0, (byte) 0xff, (byte) 0xfe, '\n'}, "set", "p.n.bin"));
        ok(pronto.run("set", "p.n.text", "semi; back\\slash\nnew\ttab\rcr trailing  "));
        ok(pronto.run("set", "p.n.text__alice", " leading space"));
        ok(pronto.run("set", "p.n.empty", ""));
        ok(pronto.run("set", "p.n.x;y", "key with a semicolon"));
        ok(pronto.run("--ns-delim", "/", "set", "p/n/dotted.key", "needs another delimiter"));
    }

    @Test
    void scanStreamRestoresEveryEntryByteExactInAnotherDatabase() {
        fill();
        Result listing = ok(pronto.run("scan", "p.n", "--stream"));
        assertThat(listing.stdout()).isEqualTo("""
                meta:path=p.n
                meta:b64=1
                bin=AP/+Cg==
                meta:delim=/
                meta:b64=0
                dotted.key=needs another delimiter
                empty=
                text=semi\\; back\\\\slash\\nnew\\ttab\\rcr trailing \\s
                text__alice= leading space
                x\\;y=key with a semicolon
                """);

        String other = home.resolve("other.db").toString();
        ok(pronto.runWithStdin(listing.stdoutBytes(), "-d", other, "stream"));
        assertThat(ok(pronto.run("-d", other, "scan", "p.n", "--json")).stdout())
                .isEqualTo(ok(pronto.run("scan", "p.n", "--json")).stdout());
        assertThat(ok(pronto.run("-d", other, "get", "--raw", "p.n.bin")).stdoutBytes())
                .containsExactly(0, 0xff, 0xfe, '\n');
    }

    @Test
    void b64WritesEveryValueAsBase64AndTheStreamDecodesIt() {
        ok(pronto.run("set", "p.n.a", "plain"));
        Result listing = ok(pronto.run("scan", "p.n", "--stream", "--b64"));
        assertThat(listing.stdout()).isEqualTo("meta:path=p.n\nmeta:b64=1\na=cGxhaW4=\n");
        String other = home.resolve("other.db").toString();
        ok(pronto.runWithStdin(listing.stdoutBytes(), "-d", other, "stream"));
        assertThat(ok(pronto.run("-d", other, "get", "p.n.a")).stdout()).isEqualTo("plain\n");
    }

    @Test
    void withSecurityOnAPreambleInFrontIsEnough() {
        pronto.env.remove("PRONTO_SECURITY");
        ok(pronto.run("set", "p.n.k", "v"));
        byte[] listing = ok(pronto.run("scan", "p.n", "--stream")).stdoutBytes();
        String other = home.resolve("other.db").toString();
        assertThat(pronto.runWithStdin(listing, "-d", other, "stream").code()).isEqualTo(77);

        byte[] preamble = "meta:sec:pass=pronto!;meta:sec:user=admin;\n".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[preamble.length + listing.length];
        System.arraycopy(preamble, 0, input, 0, preamble.length);
        System.arraycopy(listing, 0, input, preamble.length, listing.length);
        assertThat(pronto.runWithStdin(input, "-d", other, "stream").code()).isZero();
        assertThat(ok(pronto.run("-d", other, "get", "p.n.k")).stdout()).isEqualTo("v\n");
    }

    @Test
    void keysAndLsStreamNamesAloneWhichTheStreamCommandRefuses() {
        fill();
        String expected = "meta:path=p.n\nbin\nmeta:delim=/\ndotted.key\nempty\ntext\ntext__alice\nx\\;y\n";
        assertThat(ok(pronto.run("keys", "p.n", "--stream")).stdout()).isEqualTo(expected);
        Result ls = ok(pronto.run("ls", "--stream", "-p", "p", "-n", "n"));
        assertThat(ls.stdout()).isEqualTo(expected);

        String other = home.resolve("other.db").toString();
        error(pronto.runWithStdin(ls.stdoutBytes(), "-d", other, "stream"), 65);
        assertThat(ok(pronto.run("-d", other, "keys", "p.n")).stdout()).isEmpty();
    }

    @Test
    void aKeyTheGrammarCannotCarryIsAnErrorAndStreamWithJsonIsUsage() {
        ok(pronto.run("set", "p.n.a=b", "v"));
        assertThat(pronto.run("scan", "p.n", "--stream").stderr()).contains("cannot be written as a stream token");
        error(pronto.run("scan", "p.n", "--stream", "--json"), 64);
    }
}
