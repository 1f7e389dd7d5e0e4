package io.prontodb.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives built to attack the reader: each is refused with exit 65, and nothing is written anywhere. */
class HostileArchiveTest {
    @TempDir
    Path tmp;
    InProcess target;
    byte[] database;
    String manifest;

    @BeforeEach
    void setUp() throws IOException {
        InProcess source = new InProcess(tmp.resolve("source"));
        assertThat(source.run("set", "app.cfg.color", "blue").code()).isZero();
        Path snapshot = tmp.resolve("snapshot.db");
        Files.copy(source.database(), snapshot);
        database = Files.readAllBytes(snapshot);
        manifest = "{\"format\":1,\"prontodb_version\":\"x\",\"created_at\":\"2024-01-01T00:00:00Z\",\"database_size\":"
                + database.length + ",\"database_sha256\":\"" + Checksums.of(snapshot) + "\"}";
        target = new InProcess(tmp.resolve("target"));
        assertThat(target.run("set", "mine.ns.k", "precious").code()).isZero();
    }

    @Test
    void pathTraversalMember() throws IOException {
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.file("../../escaped.db", database);
        });
        assertRefused(archive, "unexpected member '../../escaped.db'");
        assertThat(Files.exists(tmp.resolve("escaped.db"))).isFalse();
    }

    @Test
    void symbolicLinkMember() throws IOException {
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.symlink("pronto.db", "/etc/passwd");
        });
        assertRefused(archive, "member 'pronto.db' is not a regular file");
    }

    @Test
    void databaseLargerThanTheManifestSays() throws IOException {
        byte[] bigger = java.util.Arrays.copyOf(database, database.length * 4);
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.file("pronto.db", bigger);
        });
        assertRefused(archive, "the database is larger than its manifest says");
    }

    @Test
    void hugeManifest() throws IOException {
        byte[] huge = new byte[1 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> tar.file("manifest.json", huge));
        assertRefused(archive, "it does not start with manifest.json");
    }

    @Test
    void manifestNotFirst() throws IOException {
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> {
            tar.file("pronto.db", database);
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(archive, "it does not start with manifest.json");
    }

    @Test
    void secondDatabaseMember() throws IOException {
        Path archive = HostileArchives.write(tmp.resolve("a.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.file("pronto.db", database);
            tar.file("pronto.db", database);
        });
        assertRefused(archive, "unexpected member 'pronto.db'");
    }

    @Test
    void truncatedInsideTheDatabase() throws IOException {
        Path whole = HostileArchives.write(tmp.resolve("whole.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.file("pronto.db", database);
        });
        assertThat(target.run("restore", "--force", whole.toString()).code()).as("the untruncated archive is valid")
                .isZero();
        target.run("set", "mine.ns.k", "precious");
        byte[] bytes = Files.readAllBytes(whole);
        Path archive = Files.write(tmp.resolve("a.tar.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(archive, "truncated or corrupt");
    }

    private void assertRefused(Path archive, String why) {
        Path bakBefore = RestoreSafetyTest.bak(target);
        boolean hadBak = Files.exists(bakBefore);
        Result result = target.run("restore", "--force", archive.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).contains(why).contains("not touched");
        assertThat(target.run("get", "mine.ns.k").stdout()).isEqualTo("precious\n");
        assertThat(Files.exists(bakBefore)).isEqualTo(hadBak);
        try (Stream<Path> files = Files.list(target.database().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".prontodb"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
