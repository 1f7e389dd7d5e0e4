package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupIT {
    @TempDir
    Path tmp;

    @Test
    void backupWhileAnotherProcessWritesThenRestoreIntoAnEmptyHome() throws Exception {
        Launcher writerHome = new Launcher(tmp.resolve("a"));
        StringBuilder tsv = new StringBuilder("project\tnamespace\tkey\tcontext\tvalue\texpires_at\n");
        for (int i = 0; i < 200_000; i++) {
            tsv.append("bulk\tns\tk").append(i).append("\t\tvalue ").append(i).append("\t\n");
        }
        Path input = Files.writeString(tmp.resolve("bulk.tsv"), tsv);
        assertThat(writerHome.run("set", "app.cfg.color", "blue").code()).isZero();

        ProcessBuilder writer = new ProcessBuilder(Launcher.BIN.toString(), "import", input.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        writer.environment().clear();
        writer.environment().putAll(writerHome.env);
        Process importing = writer.start();
        Path archive = tmp.resolve("during.tar.gz");
        Result backup = writerHome.run("backup", "--out", archive.toString());
        assertThat(importing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue()).isZero();
        assertThat(backup.code()).as(backup.toString()).isZero();

        Launcher empty = new Launcher(tmp.resolve("b"));
        Result restore = empty.run("restore", archive.toString());
        assertThat(restore.code()).as(restore.toString()).isZero();
        assertThat(empty.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
        long bulkKeys = empty.run("keys", "bulk.ns").lines().size();
        assertThat(bulkKeys).as("a snapshot sees the import whole or not at all").isIn(0L, 200_000L);
    }

    @Test
    void truncatedArchiveIsRefusedWithTheDatabaseUnchanged() throws Exception {
        Launcher home = new Launcher(tmp.resolve("c"));
        home.run("set", "app.cfg.color", "blue");
        Path archive = tmp.resolve("b.tar.gz");
        assertThat(home.run("backup", "--out", archive.toString()).code()).isZero();
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        home.run("set", "app.cfg.color", "green");
        byte[] before = Files.readAllBytes(home.database());

        Result restore = home.run("restore", "--force", archive.toString());
        assertThat(restore.code()).isEqualTo(65);
        assertThat(restore.stderr()).startsWith("prontodb: error: not a valid backup");
        assertThat(home.run("get", "app.cfg.color").stdout()).isEqualTo("green\n");
        assertThat(Files.readAllBytes(home.database())).isEqualTo(before);
        assertThat(List.of(Files.list(home.database().getParent()).map(p -> p.getFileName().toString()).toArray()))
                .doesNotContain("pronto.db.bak");
    }
}
