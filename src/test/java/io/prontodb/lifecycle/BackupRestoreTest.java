package io.prontodb.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    private static final byte[] BINARY = {0, 1, (byte) 0xff, '\n'};

    @TempDir
    Path tmp;
    InProcess source;
    InProcess target;
    Path archive;

    @BeforeEach
    void setUp() throws IOException {
        source = new InProcess(tmp.resolve("source"));
        target = new InProcess(tmp.resolve("target"));
        archive = tmp.resolve("b.tar.gz");
        assertThat(source.run("set", "app.cfg.color", "blue").code()).isZero();
        assertThat(source.runWithStdin(BINARY, "set", "app.cfg.blob").code()).isZero();
        assertThat(source.run("admin", "create-cache", "app.cache", "timeout=60").code()).isZero();
        Files.createDirectories(source.home.resolve("config/prontodb"));
        Files.writeString(source.home.resolve("config/prontodb/pronto.conf"), "project=app\n");
    }

    private void backup(String... extra) {
        List<String> args = new ArrayList<>(List.of("backup", "--out", archive.toString()));
        args.addAll(List.of(extra));
        Result result = source.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEqualTo(archive + "\n");
    }

    @Test
    void archiveHoldsManifestConfigAndDatabase() throws IOException {
        backup();
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(archive)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals(BackupManifest.NAME)) {
                    BackupManifest manifest = BackupManifest.parse(tar.readAllBytes());
                    assertThat(manifest.format()).isEqualTo(1);
                    assertThat(manifest.prontodbVersion()).isNotBlank();
                    assertThat(manifest.createdAt()).isEqualTo("2023-11-14T22:13:20Z");
                    assertThat(manifest.databaseSha256()).hasSize(64);
                }
            }
        }
        assertThat(names).containsExactly("manifest.json", "pronto.conf", "pronto.db");
        assertThat(Files.getPosixFilePermissions(archive)).hasSize(2);
    }

    @Test
    void restoreIntoAnEmptyHomeBringsBackDataSettingsAndConfig() throws IOException {
        backup();
        Result restored = target.run("restore", archive.toString());
        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(target.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
        assertThat(target.run("get", "--raw", "app.cfg.blob").stdoutBytes()).isEqualTo(BINARY);
        assertThat(target.run("namespaces", "-l", "app").stdout()).contains("ttl");
        assertThat(Files.readString(target.home.resolve("config/prontodb/pronto.conf"))).isEqualTo("project=app\n");
        assertThat(target.run("get", "cfg.color").stdout()).as("restored config applies").isEqualTo("blue\n");
        assertThat(Files.getPosixFilePermissions(target.database())).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    @Test
    void refusesADatabaseWithDataUnlessForcedAndKeepsTheOldOne() {
        backup();
        target.run("set", "mine.ns.k", "precious");
        Result refused = target.run("restore", archive.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.stderr()).contains("holds data").contains("--force");
        assertThat(target.run("get", "mine.ns.k").stdout()).isEqualTo("precious\n");

        assertThat(target.run("restore", "--force", archive.toString()).code()).isZero();
        assertThat(target.run("get", "mine.ns.k").code()).isEqualTo(2);
        Path bak = target.database().resolveSibling("pronto.db.bak");
        assertThat(target.run("-d", bak.toString(), "get", "mine.ns.k").stdout()).isEqualTo("precious\n");
    }

    @Test
    void truncatedArchiveIsRefusedAndTheDatabaseUntouched() throws IOException {
        backup();
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefusedAndUntouched("truncated or corrupt");
    }

    @Test
    void tamperedSnapshotIsRefusedAndTheDatabaseUntouched() throws IOException {
        backup();
        byte[] tar;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            tar = in.readAllBytes();
        }
        int at = indexOf(tar, "blue".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive();
        tar[at] = 'g';
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive))) {
            new ByteArrayInputStream(tar).transferTo(out);
        }
        assertRefusedAndUntouched("does not match the checksum");
    }

    @Test
    void anythingButABackupIsRefused() throws IOException {
        Files.writeString(archive, "hello");
        assertRefusedAndUntouched("not a valid backup");
    }

    private void assertRefusedAndUntouched(String why) {
        target.run("set", "mine.ns.k", "precious");
        Result result = target.run("restore", "--force", archive.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).contains(why).contains("not touched");
        assertThat(target.run("get", "mine.ns.k").stdout()).isEqualTo("precious\n");
        assertThat(Files.exists(target.database().resolveSibling("pronto.db.bak"))).isFalse();
        try (var leftovers = Files.list(target.database().getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".prontodb-restore"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ageRoundTrip() throws Exception {
        assumeTrue(onPath("age") && onPath("age-keygen"), "age is not installed");
        Path key = tmp.resolve("key.txt");
        Process keygen = new ProcessBuilder("age-keygen", "-o", key.toString()).redirectErrorStream(true).start();
        keygen.getInputStream().readAllBytes();
        assertThat(keygen.waitFor()).isZero();
        String recipient = Files.readAllLines(key).stream().filter(l -> l.startsWith("# public key: "))
                .findFirst().orElseThrow().substring("# public key: ".length());
        source.env.put("PATH", System.getenv("PATH"));
        target.env.put("PATH", System.getenv("PATH"));

        backup("--age-recipient", recipient);
        assertThat(Files.readString(archive, StandardCharsets.ISO_8859_1)).startsWith("age-encryption.org/v1");
        Result withoutKey = target.run("restore", archive.toString());
        assertThat(withoutKey.code()).isEqualTo(64);
        assertThat(withoutKey.stderr()).contains("--identity");

        Result restored = target.run("restore", archive.toString(), "--identity", key.toString());
        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(target.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
    }

    @Test
    void encryptedBackupToStdoutRestores() throws Exception {
        assumeTrue(onPath("age") && onPath("age-keygen"), "age is not installed");
        Path key = tmp.resolve("key.txt");
        Process keygen = new ProcessBuilder("age-keygen", "-o", key.toString()).redirectErrorStream(true).start();
        keygen.getInputStream().readAllBytes();
        assertThat(keygen.waitFor()).isZero();
        String recipient = Files.readAllLines(key).stream().filter(l -> l.startsWith("# public key: "))
                .findFirst().orElseThrow().substring("# public key: ".length());
        source.env.put("PATH", System.getenv("PATH"));
        target.env.put("PATH", System.getenv("PATH"));

        Result piped = source.run("backup", "--out", "-", "--age-recipient", recipient);
        assertThat(piped.code()).as(piped.toString()).isZero();
        assertThat(new String(piped.stdoutBytes(), StandardCharsets.ISO_8859_1)).startsWith("age-encryption.org/v1");
        Files.write(archive, piped.stdoutBytes());
        Result restored = target.run("restore", archive.toString(), "--identity", key.toString());
        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(target.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
    }

    @Test
    void missingAgeIsAClearError() {
        source.env.put("PATH", tmp.resolve("empty-bin").toString());
        Result result = source.run("backup", "--out", archive.toString(), "--age-recipient", "age1xyz");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.stderr()).contains("the age tool is not installed").contains("hint: install it");
        assertThat(Files.exists(archive)).isFalse();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
