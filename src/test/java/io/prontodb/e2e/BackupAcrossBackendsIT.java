package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.PostgresServer;
import io.prontodb.testing.Result;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore on PostgreSQL, and between the backends: the archive is the same whichever backend wrote it,
 * so a store moves both ways with every export byte, setting and counter intact.
 */
class BackupAcrossBackendsIT {
    private static final Pattern KEPT = Pattern.compile("the previous data is kept as the backup (\\S+)\\n");

    @TempDir
    Path tmp;

    private static void fill(Launcher pronto) {
        ok(pronto.run("admin", "create-cache", "app.cache", "timeout=600", "max_items=3"));
        ok(pronto.run("set", "app.cfg.color", "blue"));
        ok(pronto.run("set", "app.cfg.color__alice", "green"));
        ok(pronto.runWithStdin(new byte[] {0, (byte) 0xff, '\n'}, "set", "app.bin.raw", "-"));
        for (String key : new String[] {"a", "b", "c", "d"}) {
            ok(pronto.run("set", "app.cache." + key, key));
        }
        imported(pronto.runWithStdin("project\tnamespace\tkey\tcontext\tvalue\texpires_at\n"
                + "app\told\tgone\t\tx\t1000\nÜnï\tn-s\tk%_\\\\\t\tv\t4102444800000\n", "import"));
    }

    private static void imported(Result result) {
        ran(result);
    }

    /** A success that may report on stderr. */
    private static Result ran(Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private static byte[] everything(Launcher pronto) {
        return ok(pronto.run("export")).stdoutBytes();
    }

    private static Path backup(Launcher pronto, Path archive) {
        assertThat(ok(pronto.run("backup", "--out", archive.toString())).stdout()).isEqualTo(archive + "\n");
        return archive;
    }

    private static void restore(Launcher pronto, Path archive, String... flags) {
        String[] args = new String[flags.length + 2];
        args[0] = "restore";
        System.arraycopy(flags, 0, args, 1, flags.length);
        args[args.length - 1] = archive.toString();
        Result result = pronto.run(args);
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void aPostgresBackupRestoresIntoSqliteAndASqliteBackupIntoPostgres() {
        Launcher postgres = new Launcher(tmp.resolve("pg"), Backend.POSTGRES);
        fill(postgres);
        byte[] exported = everything(postgres);
        String namespaces = ok(postgres.run("namespaces", "-l", "app")).stdout();
        Path fromPostgres = backup(postgres, tmp.resolve("from-postgres.tar.gz"));
        assertThat(ok(postgres.run("backup", "--list", tmp.toString())).stdout()).contains("from-postgres.tar.gz\t")
                .endsWith("\tok\n");

        Launcher sqlite = new Launcher(tmp.resolve("sqlite"), Backend.SQLITE);
        restore(sqlite, fromPostgres);
        assertThat(everything(sqlite)).isEqualTo(exported);
        assertThat(ok(sqlite.run("namespaces", "-l", "app")).stdout()).isEqualTo(namespaces);
        assertThat(ok(sqlite.run("get", "app.old.gone", "--include-expired")).stdout()).isEqualTo("x\n");
        ok(sqlite.run("set", "app.cache.e", "e"));
        assertThat(ok(sqlite.run("keys", "app.cache")).stdout()).as("the restored writes rank before it")
                .isEqualTo("c\nd\ne\n");

        Path fromSqlite = backup(sqlite, tmp.resolve("from-sqlite.tar.gz"));
        Launcher again = new Launcher(tmp.resolve("pg-again"), Backend.POSTGRES);
        restore(again, fromSqlite);
        assertThat(everything(again)).isEqualTo(everything(sqlite));
        assertThat(ok(again.run("namespaces", "-l", "app")).stdout()).isEqualTo(namespaces);
        ok(again.run("set", "app.cache.f", "f"));
        assertThat(ok(again.run("keys", "app.cache")).stdout()).isEqualTo("d\ne\nf\n");
    }

    @Test
    void usersApiKeysAndSessionsMoveWithTheBackupBothWays() {
        Launcher postgres = new Launcher(tmp.resolve("pg"), Backend.POSTGRES);
        assertThat(postgres.runWithStdin("user password one\n", "admin", "create-user", "carol").code()).isZero();
        String revoked = ran(postgres.run("admin", "create-apikey", "carol", "--name", "old")).lines().get(0);
        String key = ran(postgres.run("admin", "create-apikey", "carol", "--name", "ci")).lines().get(0);
        ran(postgres.run("admin", "revoke-apikey", "1"));
        String token = postgres.runWithStdin("user password one\n", "login", "carol").lines().get(0);
        String keys = ok(postgres.run("admin", "list-apikeys")).stdout();
        String users = ok(postgres.run("admin", "list-users")).stdout();
        Path fromPostgres = backup(postgres, tmp.resolve("from-postgres.tar.gz"));

        Launcher sqlite = new Launcher(tmp.resolve("sqlite"), Backend.SQLITE);
        restore(sqlite, fromPostgres);
        assertThat(ok(sqlite.run("admin", "list-apikeys")).stdout()).isEqualTo(keys);
        assertThat(ok(sqlite.run("admin", "list-users")).stdout()).isEqualTo(users);
        assertThat(sqlite.runWithStdin("meta:sec:apikey=" + key + "; meta:path=p.n; a=1", "stream").code()).isZero();
        assertThat(sqlite.runWithStdin("meta:sec:session=" + token + "; meta:path=p.n; b=2", "stream").code()).isZero();
        assertThat(sqlite.runWithStdin("meta:sec:apikey=" + revoked + "; meta:path=p.n; c=3", "stream").code())
                .isEqualTo(77);
        assertThat(ran(sqlite.run("admin", "create-apikey", "carol")).lines()).hasSize(1);
        assertThat(ok(sqlite.run("admin", "list-apikeys")).lines()).as("ids go on after the restored ones")
                .last().asString().startsWith("3\tcarol\t");

        Path fromSqlite = backup(sqlite, tmp.resolve("from-sqlite.tar.gz"));
        Launcher again = new Launcher(tmp.resolve("pg-again"), Backend.POSTGRES);
        restore(again, fromSqlite);
        assertThat(ok(again.run("admin", "list-apikeys")).stdout()).isEqualTo(ok(sqlite.run("admin", "list-apikeys")).stdout());
        assertThat(again.runWithStdin("meta:sec:apikey=" + key + "; meta:path=p.n; d=4", "stream").code()).isZero();
        assertThat(ran(again.run("admin", "create-apikey", "carol")).lines()).hasSize(1);
        assertThat(ok(again.run("admin", "list-apikeys")).lines()).last().asString().startsWith("4\tcarol\t");
        assertThat(ok(again.run("keys", "p.n")).stdout()).isEqualTo("a\nb\nd\n");
    }

    @Test
    void aStreamThatCommitsBeforeAndAfterARestoreOnPostgresLosesNothing() throws Exception {
        Launcher live = new Launcher(tmp.resolve("live"), Backend.POSTGRES);
        live.env.put("PRONTO_SECURITY", "false");
        ok(live.run("set", "old.ns.k0", "from the backup"));
        Path archive = backup(live, tmp.resolve("old.tar.gz"));
        ok(live.run("set", "new.ns.k", "after the backup"));

        Process stream = live.start(tmp.resolve("stream.out"), tmp.resolve("stream.err"), "stream");
        OutputStream producer = stream.getOutputStream();
        producer.write("meta:path=s.ns\nk1=v1\nmeta:path=s.other\n".getBytes(StandardCharsets.UTF_8));
        producer.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (live.run("get", "s.ns.k1").code() != 0) {
            assertThat(System.nanoTime()).as("the first segment committed").isLessThan(deadline);
        }

        Result restore = live.run("restore", "--force", archive.toString());
        producer.write("k2=v2\n".getBytes(StandardCharsets.UTF_8));
        producer.close();
        assertThat(stream.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(restore.code()).as(restore.toString()).isZero();
        assertThat(stream.exitValue()).as(Files.readString(tmp.resolve("stream.err"))).isZero();
        Matcher kept = KEPT.matcher(restore.stderr());
        assertThat(kept.find()).as(restore.stderr()).isTrue();
        Launcher previous = new Launcher(tmp.resolve("previous"), Backend.SQLITE);
        restore(previous, Path.of(kept.group(1)));
        assertThat(ok(previous.run("get", "s.ns.k1")).stdout()).as("committed before: kept").isEqualTo("v1\n");
        assertThat(ok(previous.run("get", "new.ns.k")).stdout()).isEqualTo("after the backup\n");
        assertThat(ok(live.run("get", "old.ns.k0")).stdout()).isEqualTo("from the backup\n");
        assertThat(ok(live.run("get", "s.other.k2")).stdout()).as("committed after: in the restored data")
                .isEqualTo("v2\n");
    }

    @Test
    void restoreOnPostgresRefusesDataWithoutForceAndKeepsItAsABackupWithForce() throws Exception {
        Launcher other = new Launcher(tmp.resolve("other"), Backend.SQLITE);
        ok(other.run("set", "p.n.restored", "new"));
        Path archive = backup(other, tmp.resolve("other.tar.gz"));
        Launcher live = new Launcher(tmp.resolve("live"), Backend.POSTGRES);
        ok(live.run("set", "p.n.precious", "old"));
        byte[] before = everything(live);

        Result refused = error(live.run("restore", archive.toString()), 1);
        assertThat(refused.stderr()).contains("holds data; not replacing it").contains("--force");
        assertThat(everything(live)).isEqualTo(before);

        Result forced = live.run("restore", "--force", archive.toString());
        assertThat(forced.code()).as(forced.toString()).isZero();
        Matcher kept = KEPT.matcher(forced.stderr());
        assertThat(kept.find()).as(forced.stderr()).isTrue();
        Path previous = Path.of(kept.group(1));
        assertThat(previous.getParent()).isEqualTo(live.home.resolve("data/prontodb"));
        assertThat(Files.getPosixFilePermissions(previous))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(ok(live.run("keys", "p.n")).stdout()).isEqualTo("restored\n");

        restore(live, previous, "--force");
        assertThat(everything(live)).as("the kept backup brings the previous data back").isEqualTo(before);
    }

    @Test
    void theServerStoppedMidRestoreLeavesTheOldDataIntact() throws Exception {
        Launcher big = new Launcher(tmp.resolve("big"), Backend.SQLITE);
        StringBuilder tsv = new StringBuilder("project\tnamespace\tkey\tcontext\tvalue\texpires_at\n");
        for (int i = 0; i < 200_000; i++) {
            tsv.append("bulk\tns\tk").append(i).append("\t\tvalue ").append(i).append("\t\n");
        }
        imported(big.runWithStdin(tsv.toString(), "import"));
        Path archive = backup(big, tmp.resolve("big.tar.gz"));

        PostgresServer own = PostgresServer.startPrivate();
        try {
            String database = own.createDatabase();
            Launcher live = new Launcher(tmp.resolve("live"), Backend.SQLITE);
            live.env.put("PRONTO_DB", own.url(database));
            live.env.put("PGPASSWORD", PostgresServer.PASSWORD);
            ok(live.run("set", "p.n.precious", "old"));
            ok(live.run("admin", "create-cache", "p.c", "timeout=60"));
            byte[] before = everything(live);
            String namespaces = ok(live.run("namespaces", "-l", "p")).stdout();

            Process restoring = live.start(tmp.resolve("out"), tmp.resolve("err"), "restore", "--force", archive.toString());
            awaitWritingTransaction(own, database);
            own.stop();
            assertThat(restoring.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Result result = new Result(restoring.exitValue(), Files.readAllBytes(tmp.resolve("out")),
                    Files.readString(tmp.resolve("err")));
            own.start();

            error(result, 74);
            assertThat(everything(live)).isEqualTo(before);
            assertThat(ok(live.run("namespaces", "-l", "p")).stdout()).isEqualTo(namespaces);
        } finally {
            own.stop();
        }
    }

    /** Waits until the restore's replace has begun writing: a transaction with an id, other than the lease's. */
    private static void awaitWritingTransaction(PostgresServer server, String database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Connection c = server.connect(database); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'prontodb'"
                         + " AND backend_xid IS NOT NULL AND query NOT LIKE '%restore_lease%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no prontodb transaction wrote in 90 s");
    }
}
