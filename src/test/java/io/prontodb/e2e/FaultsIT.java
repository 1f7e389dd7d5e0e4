package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged, foreign, read-only, locked or full database: one error line, the right code, data intact. */
class FaultsIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
        assertThat(pronto.run("set", "p.n.k", "kept").code()).isZero();
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithIoAndLeftAlone() throws IOException {
        Path foreign = home.resolve("notes.txt");
        byte[] content = "these are my notes, not a database; they must survive\n".repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(foreign, content);

        assertOneLineError(pronto.run("-d", foreign.toString(), "set", "k", "v"), 74, "not a valid ProntoDB database");
        assertOneLineError(pronto.run("-d", foreign.toString(), "get", "k"), 74, "not a valid ProntoDB database");
        assertThat(Files.readAllBytes(foreign)).isEqualTo(content);
    }

    @Test
    void aTruncatedDatabaseIsRefusedWithIo() throws IOException {
        Path truncated = home.resolve("truncated.db");
        byte[] whole = Files.readAllBytes(pronto.database());
        Files.write(truncated, java.util.Arrays.copyOf(whole, 1000));

        assertOneLineError(pronto.run("-d", truncated.toString(), "get", "p.n.k"), 74, truncated.toString());
    }

    @Test
    void aDirectoryWhereTheFileShouldBeIsRefusedNamingThePath() throws IOException {
        Path dir = Files.createDirectory(home.resolve("a-directory.db"));

        Result result = pronto.run("-d", dir.toString(), "set", "k", "v");

        assertOneLineError(result, 74, dir.toString());
        try (var entries = Files.list(dir)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aReadOnlyDatabaseStillReadsButRefusesWritesWithIo() throws Exception {
        Path db = pronto.database();
        immutable(db, true);
        try {
            assertOneLineError(pronto.run("set", "p.n.k", "changed"), 74, "readonly");
            Result read = pronto.run("get", "p.n.k");
            assertThat(read.code()).isZero();
            assertThat(read.stdout()).isEqualTo("kept\n");
        } finally {
            immutable(db, false);
        }
        assertThat(pronto.run("get", "p.n.k").stdout()).isEqualTo("kept\n");
    }

    @Test
    void aWriteThatHitsTheFileSizeLimitFailsWithIoAndKeepsTheData() throws Exception {
        Path script = home.resolve("limited.sh");
        Files.writeString(script, "#!/usr/bin/env bash\nulimit -f 64\nexec \"" + Launcher.BIN + "\" \"$@\"\n");
        script.toFile().setExecutable(true);
        byte[] large = new byte[256 * 1024];
        new java.util.Random(7).nextBytes(large);

        Result result = pronto.run(script, large, "set", "p.n.big", "-");

        assertOneLineError(result, 74, "pronto.db");
        assertThat(pronto.run("get", "p.n.big").code()).isEqualTo(2);
        assertThat(pronto.run("get", "p.n.k").stdout()).isEqualTo("kept\n");
        assertThat(integrityCheck(pronto.database())).isEqualTo("ok");
    }

    @Test
    void aHeldWriteLockGivesBusyAfterTheConfiguredTimeout() throws Exception {
        Files.createDirectories(home.resolve("config/prontodb"));
        Files.writeString(home.resolve("config/prontodb/pronto.conf"), "busy_timeout_ms=200\n");
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + pronto.database());
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO kv (project, namespace, key, context, value, seq) VALUES ('p', 'n', 'held', '', x'00', 0)");

            assertOneLineError(pronto.run("set", "p.n.k", "blocked"), 75, "busy");
            Result read = pronto.run("get", "p.n.k");
            assertThat(read.stdout()).as("readers are not blocked by a writer").isEqualTo("kept\n");
            st.execute("ROLLBACK");
        }
        assertThat(pronto.run("set", "p.n.k", "after").code()).isZero();
        assertThat(pronto.run("get", "p.n.k").stdout()).isEqualTo("after\n");
    }

    private static void assertOneLineError(Result result, int code, String mentions) {
        assertThat(result.code()).as(result.toString()).isEqualTo(code);
        assertThat(result.stdout()).isEmpty();
        List<String> lines = result.stderr().lines().toList();
        assertThat(lines).as(result.stderr()).hasSizeBetween(1, 2);
        assertThat(lines.get(0)).startsWith("prontodb: error: ").containsIgnoringCase(mentions);
        if (lines.size() == 2) {
            assertThat(lines.get(1)).startsWith("hint: ");
        }
        assertThat(result.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Setting the flag needs root and a file system that has it (not tmpfs): without them the test is skipped. */
    private static void immutable(Path file, boolean on) throws Exception {
        Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = chattr.waitFor();
        if (on) {
            assumeTrue(code == 0, "chattr +i needs root and a file system with the immutable flag");
        } else {
            assertThat(code).as("chattr -i").isZero();
        }
    }

    static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
