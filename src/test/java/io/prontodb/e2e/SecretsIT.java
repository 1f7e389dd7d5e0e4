package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.Result;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets travel on stdin and are never echoed; everything ProntoDB writes is private to its owner. */
@OnEveryBackend
class SecretsIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "wrong-pass-4711";

    @TempDir
    Path home;

    @Test
    void secretsAreNeitherTakenFromArgvNorEchoedInErrors() {
        Launcher pronto = new Launcher(home);
        Result asOperand = pronto.run("admin", "create-user", "bob", PASSWORD);
        assertThat(asOperand.code()).as("a password operand is refused").isEqualTo(64);
        assertThat(asOperand.stderr()).doesNotContain(PASSWORD);
        assertThat(pronto.runWithStdin(PASSWORD + "\n", "admin", "create-user", "bob").code()).isZero();

        List<Result> failures = List.of(
                pronto.runWithStdin(WRONG + "\n", "login", "bob"),
                pronto.runWithStdin("meta:sec:pass=" + WRONG + "; meta:sec:user=bob; k=v", "stream"),
                pronto.runWithStdin("meta:sec:apikey=pdb_key_" + WRONG + "; k=v", "stream"),
                pronto.runWithStdin("meta:sec:session=pdb_ses_" + WRONG + "; k=v", "stream"),
                pronto.runWithStdin("x\n", "admin", "passwd", "bob"));
        for (Result failure : failures) {
            assertThat(failure.code()).as(failure.toString()).isNotZero();
            assertThat(failure.stderr()).as(failure.toString()).doesNotContain(WRONG).doesNotContain(PASSWORD);
        }
        String help = pronto.run("help").stdout() + pronto.run("help", "admin").stdout()
                + pronto.run("help", "login").stdout() + pronto.run("help", "stream").stdout();
        assertThat(help).as("no option takes a secret").doesNotContainPattern("--(pass|password|key|apikey|token|secret)\\b");
    }

    @Test
    void everythingProntoDbWritesIsOwnerOnly() throws Exception {
        assumeTrue(Backend.current == Backend.SQLITE, "the files of a SQLite target");
        Launcher pronto = new Launcher(home);
        assertThat(pronto.run("install").code()).isZero();
        assertThat(pronto.run("set", "p.n.k", "v").code()).isZero();
        Path backup = home.resolve("snapshot.tar.gz");
        Result backedUp = pronto.run("backup", "--out", backup.toString());
        assertThat(backedUp.code()).as(backedUp.toString()).isZero();
        assertThat(pronto.run("export", "--out", home.resolve("all.tsv").toString()).code()).isZero();

        pronto.env.put("PRONTO_SECURITY", "false");
        Process stream = pronto.start(home.resolve("out"), home.resolve("err"), "stream");
        List<String> loose;
        try (OutputStream stdin = stream.getOutputStream()) {
            stdin.write("k2=v2\nmeta:path=p.other\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            Path wal = Path.of(pronto.database() + "-wal");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(wal) && Files.exists(Path.of(pronto.database() + "-shm")))) {
                assertThat(System.nanoTime()).as("the stream opened the WAL").isLessThan(deadline);
                Thread.sleep(50);
            }
            loose = looseModes();
        }
        assertThat(stream.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(loose).as("files must be 0600 and directories 0700").isEmpty();
        assertThat(backup).exists();
    }

    /**
     * Everything under HOME but the shared ~/.local/bin and bash-completion directories (other programs use them
     * too) and the installed program copy (no data in it).
     */
    private List<String> looseModes() throws Exception {
        List<String> loose = new ArrayList<>();
        Path app = home.resolve("data/prontodb/app");
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.toList()) {
                if (p.equals(home) || p.startsWith(home.resolve(".local")) || p.startsWith(app)
                        || p.startsWith(home.resolve("data/bash-completion"))
                        || p.equals(home.resolve("out")) || p.equals(home.resolve("err")) || Files.isSymbolicLink(p)) {
                    continue;
                }
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    loose.add(mode + " " + home.relativize(p));
                }
            }
        }
        return loose;
    }
}
