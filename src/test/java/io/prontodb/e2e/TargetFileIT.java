package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file target is exactly the file named (no SQLite URI or pragma reading), created 0600; :memory: is refused. */
class TargetFileIT {
    @TempDir
    Path home;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void memoryIsRefusedAndLeavesNoFile() throws Exception {
        Launcher pronto = new Launcher(home);

        Expect.error(pronto.run("-d", ":memory:", "set", "k", "v"), 64);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(":memory:");
        }
        Expect.ok(pronto.run("-d", "./:memory:", "set", "k", "v"));
        assertThat(mode(home.resolve(":memory:"))).isEqualTo("rw-------");
    }

    @Test
    void aQuestionMarkIsPartOfTheFileName() throws Exception {
        Launcher pronto = new Launcher(home);

        Expect.ok(pronto.run("-d", "dir/q?journal_mode=delete", "set", "k", "v"));
        assertThat(Expect.ok(pronto.run("-d", "dir/q?journal_mode=delete", "get", "k")).stdout()).isEqualTo("v\n");

        assertThat(mode(home.resolve("dir/q?journal_mode=delete"))).isEqualTo("rw-------");
        assertThat(home.resolve("dir/q")).doesNotExist();
        Expect.error(pronto.run("-d", "dir/q", "get", "k"), 2);
    }

    @Test
    void aDanglingSymlinkGetsAPrivateDatabaseAtItsTarget() throws Exception {
        Launcher pronto = new Launcher(home);
        Files.createSymbolicLink(home.resolve("link.db"), Path.of("real/pronto.db"));
        pronto.env.put("PRONTO_DB", home.resolve("link.db").toString());

        Expect.ok(pronto.run("set", "k", "v"));

        assertThat(mode(home.resolve("real/pronto.db"))).isEqualTo("rw-------");
        assertThat(mode(home.resolve("real"))).isEqualTo("rwx------");
        assertThat(Expect.ok(pronto.run("get", "k")).stdout()).isEqualTo("v\n");
    }
}
