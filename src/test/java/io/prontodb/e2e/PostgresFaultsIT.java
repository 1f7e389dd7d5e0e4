package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.PostgresServer;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 9 faults on a PostgreSQL target: each is one error line, the right exit code, and nothing changed. */
class PostgresFaultsIT {
    @TempDir
    Path home;
    Launcher pronto;
    PostgresServer server;

    @BeforeEach
    void setUp() {
        server = PostgresServer.shared();
        pronto = new Launcher(home, Backend.POSTGRES);
    }

    @Test
    void aMalformedTargetIsAUsageError() {
        assertThat(error(pronto.run("-d", "postgresql://u:secret@h:x/d", "get", "k"), 64).stderr()).doesNotContain("secret");
        error(pronto.run("-d", "postgresql://127.0.0.1/", "get", "k"), 64);
        error(pronto.run("-d", "postgresql://127.0.0.1/d?sslmode=sometimes", "get", "k"), 64);
    }

    @Test
    void anUnreachableServerIsAnIoError() {
        String closed = "postgresql://pronto@127.0.0.1:1/" + pronto.postgresDatabase;
        assertThat(error(pronto.run("-d", closed, "get", "k"), 74).stderr()).contains("cannot connect");
    }

    @Test
    void aWrongPasswordIsDeniedAndAPgpassFileIsRead() throws IOException {
        ok(pronto.run("set", "p.n.k", "v"));
        pronto.env.put("PGPASSWORD", "wrong");
        assertThat(error(pronto.run("get", "p.n.k"), 77).stderr()).contains("login refused");

        pronto.env.remove("PGPASSWORD");
        Path pgpass = Files.writeString(home.resolve(".pgpass"),
                "# comment\nother:*:*:*:nope\n127.0.0.1:" + server.port() + ":*:pronto:" + PostgresServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(ok(pronto.run("get", "p.n.k")).stdout()).isEqualTo("v\n");
    }

    @Test
    void aUserWithoutCreateRightsGetsAClearErrorAndNoTables() throws SQLException {
        server.createRole("reader" + ProcessHandle.current().pid(), "reader-password");
        pronto.env.put("PGPASSWORD", "reader-password");
        String url = server.url("reader" + ProcessHandle.current().pid(), pronto.postgresDatabase);

        Result result = error(pronto.run("-d", url, "set", "p.n.k", "v"), 77);

        assertThat(result.stderr()).contains("permission denied").contains("create tables");
        try (Connection c = server.connect(pronto.postgresDatabase); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("tables created").isZero();
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws SQLException {
        ok(pronto.run("set", "p.n.k", "v"));
        try (Connection c = server.connect(pronto.postgresDatabase); Statement st = c.createStatement()) {
            st.execute("UPDATE pronto_schema SET version = 99");
        }

        assertThat(error(pronto.run("get", "p.n.k"), 1).stderr()).contains("schema version 99", "newer");
        error(pronto.run("set", "p.n.k", "w"), 1);
        assertThat(Db.rows(pronto, "kv")).isEqualTo(1);
    }

    @Test
    void theServerStoppedMidStreamKeepsTheCommittedSegmentsOnly() throws Exception {
        PostgresServer own = PostgresServer.startPrivate();
        try {
            String database = own.createDatabase();
            pronto.env.put("PRONTO_DB", own.url(database));
            pronto.env.put("PRONTO_SECURITY", "false");
            Process stream = pronto.start(home.resolve("out"), home.resolve("err"), "stream");
            try (OutputStream in = stream.getOutputStream()) {
                write(in, "meta:path=p.done; a=1; b=2; meta:path=p.open;");
                for (int i = 0; i < 3000; i++) {
                    write(in, " k" + i + "=v" + i + ";");
                }
                awaitRows(own, database, "done", 2);
                own.stop();
                write(in, " late=1;");
            } catch (IOException closedEarly) {
                // the process may already have ended
            }
            assertThat(stream.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Result result = new Result(stream.exitValue(), Files.readAllBytes(home.resolve("out")),
                    Files.readString(home.resolve("err")));
            own.start();

            error(result, 74);
            assertThat(ok(pronto.run("keys", "p.done")).stdout()).isEqualTo("a\nb\n");
            assertThat(ok(pronto.run("keys", "p.open")).stdout()).isEmpty();
        } finally {
            own.stop();
        }
    }

    @Test
    void theServerStoppedMidImportLeavesTheStoreAsItWas() throws Exception {
        PostgresServer own = PostgresServer.startPrivate();
        try {
            String database = own.createDatabase();
            pronto.env.put("PRONTO_DB", own.url(database));
            ok(pronto.run("set", "p.n.before", "kept"));
            Process importer = pronto.start(home.resolve("out"), home.resolve("err"), "import", "-");
            try (OutputStream in = importer.getOutputStream()) {
                write(in, "project\tnamespace\tkey\tcontext\tvalue\texpires_at\n");
                for (int i = 0; i < 5000; i++) {
                    write(in, "p\tn\tk" + i + "\t\tv" + i + "\t\n");
                }
                awaitOpenTransaction(own, database);
                own.stop();
                write(in, "p\tn\tlate\t\tv\t\n");
            } catch (IOException closedEarly) {
                // the process may already have ended
            }
            assertThat(importer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Result result = new Result(importer.exitValue(), Files.readAllBytes(home.resolve("out")),
                    Files.readString(home.resolve("err")));
            own.start();

            error(result, 74);
            assertThat(ok(pronto.run("keys", "p.n")).stdout()).isEqualTo("before\n");
        } finally {
            own.stop();
        }
    }

    private static void write(OutputStream in, String text) throws IOException {
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits until {@code rows} rows of namespace {@code namespace} are committed. */
    private static void awaitRows(PostgresServer server, String database, String namespace, long rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Connection c = server.connect(database); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'kv'")) {
                rs.next();
                if (rs.getLong(1) > 0 && Db.count(c, "SELECT count(*) FROM kv WHERE namespace = '" + namespace + "'") == rows) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("namespace " + namespace + " did not reach " + rows + " rows in 90 s");
    }

    /** Waits until a prontodb connection has written into a transaction it has not committed. */
    private static void awaitOpenTransaction(PostgresServer server, String database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Connection c = server.connect(database); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'prontodb'"
                         + " AND state = 'idle in transaction' AND backend_xid IS NOT NULL")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no prontodb transaction opened in 90 s");
    }
}
