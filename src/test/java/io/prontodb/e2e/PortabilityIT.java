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
}
