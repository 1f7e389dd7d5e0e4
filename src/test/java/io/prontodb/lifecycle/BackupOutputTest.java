package io.prontodb.lifecycle;

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

/** Where a backup goes (a file, a directory, stdout) and how backups are listed. */
class BackupOutputTest {
    @TempDir
    Path tmp;
    InProcess home;

    @BeforeEach
    void setUp() {
        home = new InProcess(tmp.resolve("home"));
        assertThat(home.run("set", "app.cfg.color", "blue").code()).isZero();
    }

    @Test
    void outDirectoryGetsTheDefaultName() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("backups"));
        Result result = home.run("backup", "--out", dir.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        Path written = dir.resolve("prontodb-backup-20231114T221320Z.tar.gz");
        assertThat(result.stdout()).isEqualTo(written + "\n");
        assertThat(names(dir)).containsExactly(written.getFileName().toString());
        assertRestores(written);
    }

    @Test
    void outDashWritesTheArchiveToStdout() throws IOException {
        Result result = home.run("backup", "--out", "-");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.stdoutBytes()).startsWith(0x1f, 0x8b);
        assertThat(Files.exists(Path.of("-"))).isFalse();
        Path saved = Files.write(tmp.resolve("piped.tar.gz"), result.stdoutBytes());
        assertRestores(saved);
    }

    @Test
    void listShowsTimeSizeAndWhetherEachArchiveVerifies() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("backups"));
        assertThat(home.run("backup", "--out", dir.resolve("a.tar.gz").toString()).code()).isZero();
        byte[] good = Files.readAllBytes(dir.resolve("a.tar.gz"));
        byte[] damaged = good.clone();
        damaged[damaged.length - 5] ^= 0x55;
        Files.write(dir.resolve("b.tar.gz"), damaged);
        Files.writeString(dir.resolve("notes.txt"), "not a backup");
        Files.writeString(dir.resolve("c.tar.gz.age"), "age-encryption.org/v1\n");

        Result listing = home.run("backup", "--list", dir.toString());
        assertThat(listing.code()).as(listing.toString()).isZero();
        List<String> lines = listing.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("a.tar.gz\t2023-11-14T22:13:20Z\t" + good.length + "\tok");
        assertThat(lines.get(1)).startsWith("b.tar.gz\t").contains("\tbad: ");
        assertThat(lines.get(2)).startsWith("c.tar.gz.age\t").endsWith("\tencrypted");
    }

    @Test
    void listOfAMissingDirectoryIsAnError() {
        Result listing = home.run("backup", "--list", tmp.resolve("nowhere").toString());
        assertThat(listing.code()).isEqualTo(74);
        assertThat(listing.stderr()).contains("not a directory");
    }

    private void assertRestores(Path archive) {
        InProcess other = new InProcess(tmp.resolve("other"));
        Result restored = other.run("restore", archive.toString());
        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(other.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
