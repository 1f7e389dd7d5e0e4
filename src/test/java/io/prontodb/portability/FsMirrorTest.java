package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsMirrorTest {
    @TempDir
    Path tmp;
    InProcess source;
    InProcess target;
    Path mirror;

    @BeforeEach
    void setUp() {
        source = new InProcess(tmp.resolve("source"));
        target = new InProcess(tmp.resolve("target"));
        mirror = tmp.resolve("outer/inner/mirror");
    }

    @Test
    void layoutFollowsTheSpec() throws IOException {
        source.run("set", "p.n.k", "v");
        source.run("set", "p.n.k__c", "vc");
        assertThat(source.run("export-fs", mirror.toString()).code()).isZero();
        assertThat(Files.readString(mirror.resolve("p/n/k.json"))).isEqualTo("v");
        assertThat(Files.readString(mirror.resolve("p/n/c/k.json"))).isEqualTo("vc");
    }

    @Test
    void trickyKeysStayInsideDirAndRoundTrip() throws IOException {
        byte[] binary = {0, (byte) 0xff, '\n'};
        assertThat(source.run("--ns-delim", "|", "set", "p|n|../../x", "up").code()).isZero();
        assertThat(source.run("--ns-delim", "|", "set", "p|n|a/b", "slash").code()).isZero();
        assertThat(source.run("--ns-delim", "|", "set", "p|n|x__.json", "ctx named like a file").code()).isZero();
        assertThat(source.run("--ns-delim", "|", "set", "p|n|.json", "key .json").code()).isZero();
        assertThat(source.run("--ns-delim", "|", "set", "..|%|..", "dots").code()).isZero();
        assertThat(source.runWithStdin(binary, "set", "p.n.bin").code()).isZero();

        Result exported = source.run("--ns-delim", "|", "export-fs", mirror.toString());
        assertThat(exported.code()).as(exported.toString()).isZero();
        assertThat(allFiles(tmp.resolve("outer"))).allMatch(f -> f.startsWith(mirror));
        assertThat(allFiles(tmp.resolve("outer"))).hasSize(6);
        assertThat(Files.exists(tmp.resolve("outer/x.json"))).isFalse();

        Result imported = target.run("--ns-delim", "|", "import-fs", mirror.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(target.run("--ns-delim", "|", "export").stdout())
                .isEqualTo(source.run("--ns-delim", "|", "export").stdout());
        assertThat(target.run("get", "--raw", "p.n.bin").stdoutBytes()).isEqualTo(binary);
    }

    @Test
    void importIsAllOrNothing() throws IOException {
        source.run("set", "p.n.a", "1");
        source.run("set", "p.n.z", "2");
        source.run("export-fs", mirror.toString());
        Files.writeString(mirror.resolve("p/n/notes.txt"), "stray");
        Result result = target.run("import-fs", mirror.toString());
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.stderr()).contains("unexpected entry in the mirror").contains("notes.txt");
        assertThat(target.run("keys", "p.n").stdout()).isEmpty();
    }

    @Test
    void hiddenEntriesAreSkippedAndLinksRefused() throws IOException {
        source.run("set", "p.n.a", "1");
        source.run("export-fs", mirror.toString());
        Files.writeString(mirror.resolve("p/n/.DS_Store"), "x");
        assertThat(target.run("import-fs", mirror.toString()).code()).isZero();

        Path outside = Files.writeString(tmp.resolve("secret"), "secret");
        Files.createSymbolicLink(mirror.resolve("p/n/s.json"), outside);
        Result linked = target.run("import-fs", mirror.toString());
        assertThat(linked.code()).isEqualTo(65);
        assertThat(linked.stderr()).contains("symbolic link");
    }

    @Test
    void exportNeverWritesThroughALink() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(mirror);
        Files.createSymbolicLink(mirror.resolve("p"), elsewhere);
        source.run("set", "p.n.k", "v");
        Result result = source.run("export-fs", mirror.toString());
        assertThat(result.code()).isEqualTo(74);
        assertThat(result.stderr()).contains("symbolic link");
        assertThat(allFiles(elsewhere)).isEmpty();
    }

    @Test
    void badlyEncodedNamesAreBadData() throws IOException {
        Files.createDirectories(mirror.resolve("p/n"));
        Files.writeString(mirror.resolve("p/n/bad%zz.json"), "v");
        Result result = target.run("import-fs", mirror.toString());
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.stderr()).contains("bad%zz.json");
    }

    private static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
