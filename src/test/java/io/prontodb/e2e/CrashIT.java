package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/**
 * kill -9 in the middle of a write: the database stays sound, what was committed stays, what was not leaves
 * nothing, and the next command works. stdin is held open, so the process is caught mid-import (inside its
 * transaction) or mid-stream (with a segment staged) for certain, not by timing.
 */
class CrashIT {
    private static final int IMPORT_ROWS = 200_000;
    private static final int SEGMENT_A_KEYS = 100;
    private static final int SEGMENT_B_KEYS = 3000;

    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
        assertThat(pronto.run("set", "p.n.before", "kept").code()).isZero();
    }

    @Test
    void killedDuringALargeImportLeavesNothingOfIt() throws Exception {
        Process importer = pronto.start(home.resolve("out"), home.resolve("err"), "import", "-");
        try (OutputStream stdin = importer.getOutputStream()) {
            StringBuilder tsv = new StringBuilder("project\tnamespace\tkey\tcontext\tvalue\texpires_at\n");
            for (int i = 0; i < IMPORT_ROWS; i++) {
                tsv.append("imp\tbulk\tk").append(i).append("\t\tvalue number ").append(i).append("\t\n");
            }
            stdin.write(tsv.toString().getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            awaitTrue("the import holds the write lock and has spilled pages to the WAL",
                    () -> writeLockIsHeld() && walBytes() > 1 << 20);
            killHard(importer);
        }

        assertRecovered();
        assertThat(rows("SELECT count(*) FROM kv WHERE project = 'imp'")).isZero();
    }

    @Test
    void killedDuringTheSecondSegmentOfAStreamKeepsTheFirst() throws Exception {
        pronto.env.put("PRONTO_SECURITY", "false");
        Process stream = pronto.start(home.resolve("out"), home.resolve("err"), "stream");
        try (OutputStream stdin = stream.getOutputStream()) {
            StringBuilder tokens = new StringBuilder("meta:path=s.a\n");
            for (int i = 0; i < SEGMENT_A_KEYS; i++) {
                tokens.append("a").append(i).append("=first segment ").append(i).append('\n');
            }
            tokens.append("meta:path=s.b\n");
            for (int i = 0; i < SEGMENT_B_KEYS; i++) {
                tokens.append("b").append(i).append("=second segment ").append(i).append('\n');
            }
            stdin.write(tokens.toString().getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            // segment B is staged, not yet written: it ends only at the next namespace switch or end of input
            awaitTrue("segment A committed, segment B staged without holding the write lock",
                    () -> rows("SELECT count(*) FROM kv WHERE namespace = 'a'") == SEGMENT_A_KEYS && !writeLockIsHeld());
            killHard(stream);
        }

        assertRecovered();
        assertThat(rows("SELECT count(*) FROM kv WHERE project = 's' AND namespace = 'a'")).isEqualTo(SEGMENT_A_KEYS);
        assertThat(rows("SELECT count(*) FROM kv WHERE namespace = 'b'")).isZero();
        assertThat(pronto.run("get", "s.a.a99").stdout()).isEqualTo("first segment 99\n");
    }

    private void assertRecovered() throws Exception {
        assertThat(FaultsIT.integrityCheck(pronto.database())).isEqualTo("ok");
        assertThat(pronto.run("get", "p.n.before").stdout()).isEqualTo("kept\n");
        assertThat(pronto.run("set", "p.n.after", "works").code()).isZero();
        assertThat(pronto.run("get", "p.n.after").stdout()).isEqualTo("works\n");
    }

    private static void killHard(Process process) throws InterruptedException {
        assertThat(process.isAlive()).as("still mid-transaction when killed").isTrue();
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s for: %s", what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long walBytes() {
        Path wal = Path.of(pronto.database() + "-wal");
        try {
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** True when another connection holds the write lock (BEGIN IMMEDIATE fails at once with SQLITE_BUSY). */
    private boolean writeLockIsHeld() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN IMMEDIATE");
            st.execute("ROLLBACK");
            return false;
        } catch (SQLException busy) {
            return busy.getMessage().contains("BUSY") || busy.getMessage().contains("locked");
        }
    }

    private long rows(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return new JDBC().connect("jdbc:sqlite:" + pronto.database(), new Properties());
    }
}
