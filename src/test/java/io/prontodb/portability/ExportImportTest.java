package io.prontodb.portability;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportImportTest {
    private static final byte[] BINARY = {0, (byte) 0xff, (byte) 0xfe, '\t', '\n', '\r', '\\', 'x', (byte) 0xc3};

    @TempDir
    Path tmp;
    InProcess source;
    InProcess target;

    @BeforeEach
    void setUp() {
        source = new InProcess(tmp.resolve("source"));
        target = new InProcess(tmp.resolve("target"));
    }

    private void fillSource() {
        assertThat(source.run("set", "app.cfg.text", "tab\there\nnew line\r\nback\\slash").code()).isZero();
        assertThat(source.runWithStdin(BINARY, "set", "app.cfg.blob").code()).isZero();
        assertThat(source.run("set", "app.cfg.user__alice", "dark").code()).isZero();
        assertThat(source.run("set", "app.cfg.user__bob", "light").code()).isZero();
        assertThat(source.run("admin", "create-cache", "app.cache", "timeout=100").code()).isZero();
        assertThat(source.run("set", "app.cache.tok", "t").code()).isZero();
        assertThat(source.run("set", "other.ns.k", "é ünïcode").code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "jsonl"})
    void roundTripKeepsBytesContextsAndExpiries(String format) {
        fillSource();
        Result exported = source.run("export", "--format", format);
        assertThat(exported.code()).as(exported.toString()).isZero();

        Result imported = target.runWithStdin(exported.stdoutBytes(), "import", "--format", format);
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.stderr()).contains("imported 6 entries");

        assertThat(target.run("export", "--format", format).stdout()).isEqualTo(exported.stdout());
        assertThat(target.run("get", "--raw", "app.cfg.blob").stdoutBytes()).isEqualTo(BINARY);
        assertThat(target.run("get", "--raw", "app.cfg.text").stdout()).isEqualTo("tab\there\nnew line\r\nback\\slash");
        assertThat(target.run("get", "app.cfg.user__bob").stdout()).isEqualTo("light\n");
        target.clock.advanceSeconds(101);
        assertThat(target.run("get", "app.cache.tok").code()).as("expiry carried over").isEqualTo(2);
    }

    @Test
    void tsvLooksAsSpecified() {
        fillSource();
        assertThat(source.run("export", "app.cache").stdout()).isEqualTo(
                "project\tnamespace\tkey\tcontext\tvalue\texpires_at\n"
                        + "app\tcache\ttok\t\tt\t" + (source.clock.millis() + 100_000) + "\n");
        assertThat(source.run("export", "app.cfg.blob").stdout()).endsWith(
                "app\tcfg\tblob\t\t\u0000\\xff\\xfe\\t\\n\\r\\\\x\\xc3\t\n");
    }

    @Test
    void exportPathSelectsProjectNamespaceOrPrefix() {
        fillSource();
        assertThat(source.run("export", "other").lines()).hasSize(2);
        assertThat(source.run("export", "app.cfg").lines()).hasSize(5);
        assertThat(source.run("export", "app.cfg.us").lines()).hasSize(3);
        assertThat(source.run("export").lines()).hasSize(7);
        assertThat(source.run("export", "a.b.c.d").code()).isEqualTo(64);
    }

    @Test
    void expiredEntriesAreNotExported() {
        fillSource();
        source.clock.advanceSeconds(100);
        assertThat(source.run("export", "app.cache").lines()).containsExactly(TsvFormat.HEADER);
    }

    @Test
    void oneBadLineInTheMiddleImportsNothingAndNamesTheLine() throws IOException {
        StringBuilder tsv = new StringBuilder(TsvFormat.HEADER).append('\n');
        for (int i = 0; i < 10; i++) {
            tsv.append("p\tn\tk").append(i).append("\t\tv\t\n");
            if (i == 5) {
                tsv.append("p\tn\tbad\t\t\\q\t\n");
            }
        }
        Path file = tmp.resolve("bad.tsv");
        Files.writeString(file, tsv);
        Result result = target.run("import", file.toString());
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.stderr()).startsWith("prontodb: error: line 8: unknown escape \\q");
        assertThat(target.run("keys", "p.n").stdout()).isEmpty();
    }

    @Test
    void badRecordsAreNamedByLine() {
        assertBad("project\tnamespace\n", "line 1: expected the TSV header");
        assertBad(TsvFormat.HEADER + "\np\tn\tk\t\tv\n", "line 2: 5 fields; expected 6");
        assertBad(TsvFormat.HEADER + "\np\tn\tk\t\tv\tsoon\n", "line 2: expires_at must be epoch milliseconds");
        assertBad(TsvFormat.HEADER + "\np\tn\tk\\xff\t\tv\t\n", "line 2: key is not valid UTF-8");
        assertBad(TsvFormat.HEADER + "\np\tn\ta_\tb\tv\t\n", "line 2: key 'a_' with context 'b' would read as the ambiguous 'a___b'");
        assertBad(TsvFormat.HEADER + "\np\tn\ta__b\t\tv\t\n", "line 2: key 'a__b' contains '__'");
        assertBad(TsvFormat.HEADER + "\n\tn\tk\t\tv\t\n", "line 2: empty project name");
    }

    @Test
    void badJsonLinesAreNamedByLine() {
        String good = "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"k\",\"value\":\"v\"}\n";
        assertBadJsonl(good + "{\"project\":\"p\"\n", "line 2: invalid JSON");
        assertBadJsonl(good + "\n{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"k\"}\n",
                "line 3: needs exactly one of \"value\" and \"value_b64\"");
        assertBadJsonl(good + "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"k\",\"vaule\":\"v\"}\n",
                "line 2: unknown member \"vaule\"");
        assertBadJsonl(good + "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"k\",\"value\":\"v\",\"expires_at\":1.5}\n",
                "line 2: invalid JSON");
    }

    private void assertBad(String input, String message) {
        Result result = target.runWithStdin(input.getBytes(StandardCharsets.UTF_8), "import");
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).as(input).contains(message);
        assertThat(target.run("export").lines()).containsExactly(TsvFormat.HEADER);
    }

    private void assertBadJsonl(String input, String message) {
        Result result = target.runWithStdin(input.getBytes(StandardCharsets.UTF_8), "import", "--format", "jsonl");
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).contains(message);
        assertThat(target.run("keys", "p.n").stdout()).isEmpty();
    }

    @Test
    void conflictPolicies() {
        target.run("set", "p.n.k", "old");
        byte[] input = (TsvFormat.HEADER + "\np\tn\tnew\t\t1\t\np\tn\tk\t\tnew\t\n").getBytes(StandardCharsets.UTF_8);

        Result fail = target.runWithStdin(input, "import", "--on-conflict", "fail");
        assertThat(fail.code()).isEqualTo(1);
        assertThat(fail.stderr()).contains("line 3: p.n.k already exists; nothing imported");
        assertThat(target.run("keys", "p.n").lines()).containsExactly("k");

        Result skip = target.runWithStdin(input, "import", "--on-conflict", "skip");
        assertThat(skip.stderr()).contains("imported 1 entries, kept 1 existing");
        assertThat(target.run("get", "p.n.k").stdout()).isEqualTo("old\n");

        assertThat(target.runWithStdin(input, "import").code()).isZero();
        assertThat(target.run("get", "p.n.k").stdout()).isEqualTo("new\n");
        assertThat(target.runWithStdin(input, "import", "--on-conflict", "maybe").code()).isEqualTo(64);
    }

    @Test
    void exportToAFileInfersTheFormatFromItsName() throws IOException {
        fillSource();
        Path file = tmp.resolve("dump.jsonl");
        Result result = source.run("export", "other", "--out", file.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(Files.readString(file)).startsWith("{\"project\":\"other\"");
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(target.run("import", file.toString()).code()).isZero();
        assertThat(target.run("get", "other.ns.k").stdout()).isEqualTo("é ünïcode\n");
    }

    @Test
    void importOfAMissingFileIsAnIoError() {
        assertThat(target.run("import", tmp.resolve("nope.tsv").toString()).code()).isEqualTo(74);
    }
}
