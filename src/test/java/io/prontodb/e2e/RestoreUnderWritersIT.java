package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore and backup against real concurrent processes: no write that exited 0 is lost, no plaintext left behind. */
class RestoreUnderWritersIT {
    @TempDir
    Path tmp;
    Launcher home;
    Path archive;

    @BeforeEach
    void setUp() {
        home = new Launcher(tmp.resolve("home"));
        home.env.put("PRONTO_SECURITY", "false");
        assertThat(home.run("set", "old.ns.k0", "from the backup").code()).isZero();
        archive = tmp.resolve("old.tar.gz");
        assertThat(home.run("backup", "--out", archive.toString()).code()).isZero();
        assertThat(home.run("set", "new.ns.k", "after the backup").code()).isZero();
    }

    @Test
    void aStreamThatCommitsBeforeAndAfterARestoreLosesNothing() throws Exception {
        Process stream = home.start(tmp.resolve("stream.out"), tmp.resolve("stream.err"), "stream");
        OutputStream producer = stream.getOutputStream();
        producer.write("meta:path=s.ns\nk1=v1\nmeta:path=s.other\n".getBytes(StandardCharsets.UTF_8));
        producer.flush();
        awaitReadable("s.ns.k1", home.database());

        Result restore = home.run("restore", "--force", archive.toString());
        producer.write("k2=v2\n".getBytes(StandardCharsets.UTF_8));
        producer.close();
        assertThat(stream.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String streamErrors = Files.readString(tmp.resolve("stream.err"));

        assertThat(restore.code()).as(restore.toString()).isIn(0, 75);
        assertThat(stream.exitValue()).as(streamErrors).isZero();
        Path bak = home.database().resolveSibling("pronto.db.bak");
        for (String key : List.of("s.ns.k1", "s.other.k2", "new.ns.k")) {
            boolean live = home.run("get", key).code() == 0;
            boolean kept = restore.code() == 0 && home.run("-d", bak.toString(), "get", key).code() == 0;
            assertThat(live || kept).as(key + " is in the database or in its .bak").isTrue();
        }
        if (restore.code() == 0) {
            assertThat(home.run("get", "old.ns.k0").stdout()).isEqualTo("from the backup\n");
            assertThat(home.run("-d", bak.toString(), "get", "s.ns.k1").stdout())
                    .as("committed before the restore: kept in .bak").isEqualTo("v1\n");
        }
    }

    @Test
    void aSecondRestoreWhileOneRunsExitsBusyAndChangesNothing() throws IOException {
        Path lockFile = home.database().resolveSibling("pronto.db.restore-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock running = channel.lock()) {
            Result second = home.run("restore", "--force", archive.toString());
            assertThat(second.code()).as(second.toString()).isEqualTo(75);
            assertThat(second.stderr()).contains("another restore");
        }
        assertThat(home.run("get", "new.ns.k").stdout()).isEqualTo("after the backup\n");
        assertThat(home.database().resolveSibling("pronto.db.bak")).doesNotExist();
    }

    @Test
    void aBackupEndedBySigtermLeavesNoPlaintextBehind() throws Exception {
        StringBuilder tsv = new StringBuilder("project\tnamespace\tkey\tcontext\tvalue\texpires_at\n");
        String value = "x".repeat(1000);
        for (int i = 0; i < 60_000; i++) {
            tsv.append("bulk\tns\tk").append(i).append("\t\t").append(value).append(i).append("\t\n");
        }
        Path input = Files.writeString(tmp.resolve("bulk.tsv"), tsv);
        assertThat(home.run("import", input.toString()).code()).isZero();
        Path destination = Files.createDirectories(tmp.resolve("dest"));

        Process backup = home.start(tmp.resolve("backup.out"), tmp.resolve("backup.err"), "backup", "--out",
                destination.resolve("b.tar.gz").toString());
        Path dataDir = home.database().getParent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (names(dataDir).stream().noneMatch(n -> n.startsWith(".prontodb-staging-")) && backup.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(backup.isAlive()).as("the backup was still running when signalled").isTrue();
        backup.descendants().forEach(ProcessHandle::destroy);
        backup.destroy();
        assertThat(backup.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(names(dataDir)).noneMatch(n -> n.startsWith(".prontodb-staging-"));
        assertThat(names(destination)).isEmpty();
    }

    private void awaitReadable(String key, Path database) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (home.run("get", key).code() != 0) {
            assertThat(System.nanoTime()).as(key + " committed by the stream").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
