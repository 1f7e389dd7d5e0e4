package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@OnEveryBackend
class PortabilityIT {
    @TempDir
    Path tmp;

    @Test
    void exportPipesIntoImportByteExact() {
        Launcher a = new Launcher(tmp.resolve("a"));
        Launcher b = new Launcher(tmp.resolve("b"));
        byte[] binary = {0, (byte) 0x80, '\t', '\n', '\\', (byte) 0xff};
        assertThat(a.runWithStdin(binary, "set", "p.n.bin__ctx").code()).isZero();
        assertThat(a.run("set", "p.n.text", "line one\nline two").code()).isZero();
        for (String format : new String[] {"tsv", "jsonl"}) {
            Result exported = a.run("export", "--format", format);
            Result imported = b.runWithStdin(exported.stdoutBytes(), "import", "--format", format);
            assertThat(imported.code()).as(imported.toString()).isZero();
            assertThat(b.run("get", "--raw", "p.n.bin__ctx").stdoutBytes()).isEqualTo(binary);
            assertThat(b.run("export", "--format", format).stdout()).isEqualTo(exported.stdout());
        }
    }

    @Test
    void fsMirrorOfTrickyKeysStaysInsideDir() throws Exception {
        Launcher a = new Launcher(tmp.resolve("a"));
        assertThat(a.run("--ns-delim", "|", "set", "p|n|../../x", "1").code()).isZero();
        assertThat(a.run("--ns-delim", "|", "set", "p|n|a/b", "2").code()).isZero();
        Path dir = tmp.resolve("box/mirror");
        assertThat(a.run("export-fs", dir.toString()).code()).isZero();
        try (Stream<Path> files = Files.walk(tmp.resolve("box"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(2).allMatch(f -> f.startsWith(dir));
        }
        Launcher b = new Launcher(tmp.resolve("b"));
        assertThat(b.run("--ns-delim", "|", "import-fs", dir.toString()).code()).isZero();
        assertThat(b.run("--ns-delim", "|", "get", "p|n|../../x").stdout()).isEqualTo("1\n");
        assertThat(b.run("--ns-delim", "|", "get", "p|n|a/b").stdout()).isEqualTo("2\n");
    }

    @Test
    void namesHoldingTheDefaultDelimiterComeBackThroughImportAndImportFsWithoutFlags() {
        Launcher a = new Launcher(tmp.resolve("a"));
        assertThat(a.run("--ns-delim", "|", "set", "my.app|conf.v2|host.name__eu.west", "h").code()).isZero();
        Path dir = tmp.resolve("mirror");
        assertThat(a.run("export-fs", dir.toString()).code()).isZero();
        for (String format : new String[] {"tsv", "jsonl"}) {
            Launcher b = new Launcher(tmp.resolve("b-" + format));
            Result imported = b.runWithStdin(a.run("export", "--format", format).stdoutBytes(), "import", "--format", format);
            assertThat(imported.code()).as(imported.toString()).isZero();
            assertThat(b.run("--ns-delim", "|", "get", "my.app|conf.v2|host.name__eu.west").stdout()).isEqualTo("h\n");
        }
        Launcher c = new Launcher(tmp.resolve("c"));
        Result fromFs = c.run("import-fs", dir.toString());
        assertThat(fromFs.code()).as(fromFs.toString()).isZero();
        assertThat(c.run("--ns-delim", "|", "get", "my.app|conf.v2|host.name__eu.west").stdout()).isEqualTo("h\n");
    }

    @Test
    void aKeyEndingInUnderscoreWithAContextIsRefusedByEveryImportPath() throws Exception {
        Launcher b = new Launcher(tmp.resolve("b"));
        assertThat(b.run("set", "seed.n.k", "v").code()).isZero();
        String tsv = "project\tnamespace\tkey\tcontext\tvalue\texpires_at\np\tn\ta_\tb\tv\t\n";
        String jsonl = "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"a\",\"context\":\"_b\",\"value\":\"v\",\"expires_at\":null}\n";
        Path mirror = Files.createDirectories(tmp.resolve("mirror/p/n/b"));
        Files.writeString(mirror.resolve("a_.json"), "v");

        Expect.error(b.runWithStdin(tsv, "import", "--format", "tsv"), 65);
        Expect.error(b.runWithStdin(jsonl, "import", "--format", "jsonl"), 65);
        Expect.error(b.run("import-fs", tmp.resolve("mirror").toString()), 65);
        Expect.error(b.run("set", "p.n.a_", "v", "--context", "b"), 64);
        b.env.put("PRONTO_SECURITY", "false");
        Expect.error(b.runWithStdin("meta:path=p.n; a___b=v", "stream"), 64);
        assertThat(b.run("export").lines()).hasSize(2).last().asString().startsWith("seed\tn\tk\t");
    }

    @Test
    void importTakesABomAndATrailingBlankLineAndRefusesAMalformedUnicodeEscape() {
        Launcher b = new Launcher(tmp.resolve("b"));
        String tsv = "\ufeffproject\tnamespace\tkey\tcontext\tvalue\texpires_at\np\tn\tk\t\tv\t\n\n";
        Result imported = b.runWithStdin(tsv, "import", "--format", "tsv");
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(b.run("get", "p.n.k").stdout()).isEqualTo("v\n");

        for (String escape : new String[] {"\\u+041", "\\u-041", "\\u\u0661\u0662\u0663\u0664", "\\u12"}) {
            String jsonl = "{\"project\":\"p\",\"namespace\":\"n\",\"key\":\"j\",\"context\":\"\",\"value\":\"" + escape
                    + "\",\"expires_at\":null}\n";
            assertThat(Expect.error(b.runWithStdin(jsonl, "import", "--format", "jsonl"), 65).stderr())
                    .as(escape).contains("line 1: ").contains("\\u escape");
        }
        assertThat(b.run("get", "p.n.j").code()).isEqualTo(2);
    }

    @Test
    void importOfAKeyRepeatedInTheFileCountsItOnceOrFailsWhole() {
        Launcher b = new Launcher(tmp.resolve("b"));
        String header = "project\tnamespace\tkey\tcontext\tvalue\texpires_at\n";
        String tsv = header + "p\tn\tk\t\tfirst\t\np\tn\tother\t\to\t\np\tn\tk\t\tlast\t\n";

        Result imported = b.runWithStdin(tsv, "import", "--format", "tsv");
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.stdout() + imported.stderr())
                .contains("imported 2 entries (1 repeated in the input, the last of each kept)");
        assertThat(b.run("get", "p.n.k").stdout()).isEqualTo("last\n");

        Result plain = b.runWithStdin(header + "p\tn\tk\t\tagain\t\n", "import", "--format", "tsv");
        assertThat(plain.stdout() + plain.stderr()).contains("imported 1 entries").doesNotContain("repeated");

        String fresh = header + "q\tn\tk\t\tfirst\t\nq\tn\tk\t\tlast\t\n";
        assertThat(Expect.error(b.runWithStdin(fresh, "import", "--format", "tsv", "--on-conflict", "fail"), 1)
                .stderr()).contains("line 3: ").contains("already exists; nothing imported");
        assertThat(b.run("get", "q.n.k").code()).isEqualTo(2);
    }
}
