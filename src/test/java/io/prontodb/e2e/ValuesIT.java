package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 2 and 3: values from arguments and stdin, byte-exact output, scan escaping, --json and --b64. */
@OnEveryBackend
class ValuesIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void aRandomBinaryValueRoundTripsByteExactThroughStdin() {
        byte[] value = new byte[4096];
        new Random(42).nextBytes(value);

        ok(pronto.runWithStdin(value, "set", "p.n.bin", "-"));

        assertThat(ok(pronto.run("get", "--raw", "p.n.bin")).stdoutBytes()).isEqualTo(value);
        assertThat(ok(pronto.run("get", "p.n.bin", "--b64")).stdout())
                .isEqualTo(Base64.getEncoder().encodeToString(value) + "\n");
    }

    @Test
    void pipedStdinIsTheValueWithoutTrimming() {
        ok(pronto.runWithStdin("  two\nlines\n\n", "set", "p.n.k"));

        assertThat(ok(pronto.run("get", "p.n.k", "--raw")).stdout()).isEqualTo("  two\nlines\n\n");
        assertThat(ok(pronto.run("get", "p.n.k")).stdout()).isEqualTo("  two\nlines\n\n\n");
    }

    @Test
    void doubleDashLetsAValueStartWithADash() {
        ok(pronto.run("set", "p.n.k", "--", "-5"));
        ok(pronto.run("set", "--", "p.n.flag", "--raw"));

        assertThat(ok(pronto.run("get", "p.n.k")).stdout()).isEqualTo("-5\n");
        assertThat(ok(pronto.run("get", "p.n.flag")).stdout()).isEqualTo("--raw\n");
        assertThat(error(pronto.run("set", "p.n.k", "-6"), 64).stderr()).contains("--");
    }

    @Test
    void scanWritesOneLinePerEntryAndJsonGivesExactValues() {
        ok(pronto.runWithStdin("a\\b\nc\td\re", "set", "p.n.esc"));
        ok(pronto.run("set", "p.n.plain", "x=y"));

        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("esc=a\\\\b\\nc\\td\\re\nplain=x=y\n");
        assertThat(ok(pronto.run("scan", "p.n", "--json")).lines()).containsExactly(
                "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"esc\",\"context\":\"\",\"value\":\"a\\\\b\\nc\\td\\re\"}",
                "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"plain\",\"context\":\"\",\"value\":\"x=y\"}");
    }

    @Test
    void jsonIsValidatedAndStoredCanonical() {
        ok(pronto.run("set", "--json", "p.n.j", "{\"b\": [1.0, 1e3], \"a\": \"\\u00e9\"}"));
        ok(pronto.run("set", "p.n.text", "not json"));

        assertThat(ok(pronto.run("get", "p.n.j", "--raw")).stdout()).isEqualTo("{\"a\":\"é\",\"b\":[1,1000]}");
        assertThat(ok(pronto.run("keys", "p.n", "--json")).lines()).containsExactly(
                "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"j\",\"context\":\"\"}",
                "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"text\",\"context\":\"\"}");
        error(pronto.run("get", "--json", "p.n.text"), 65);
    }

    @Test
    void base64IsDecodedOnInputAndEncodedOnOutput() {
        ok(pronto.run("set", "--b64", "p.n.k", "AP8KYQ=="));

        assertThat(ok(pronto.run("get", "p.n.k", "--raw")).stdoutBytes()).isEqualTo(new byte[] {0, (byte) 0xff, '\n', 'a'});
        assertThat(ok(pronto.run("scan", "p.n", "--b64")).stdout()).isEqualTo("k=AP8KYQ==\n");
        assertThat(ok(pronto.run("scan", "p.n", "--json")).stdout())
                .isEqualTo("{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"k\",\"context\":\"\",\"value_b64\":\"AP8KYQ==\"}\n");
    }

    @Test
    void deleteIsIdempotentAndAMissIsExit2() {
        ok(pronto.run("set", "p.n.k", "v"));
        ok(pronto.run("del", "p.n.k"));
        ok(pronto.run("del", "p.n.k"));

        Result miss = pronto.run("get", "p.n.k");
        assertThat(miss.code()).isEqualTo(2);
        assertThat(miss.stderr()).isEqualTo("prontodb: error: not found: p.n.k\n");
        assertThat(miss.stdout()).isEmpty();
    }
}
