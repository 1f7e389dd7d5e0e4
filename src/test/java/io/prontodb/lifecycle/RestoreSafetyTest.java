package io.prontodb.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.store.Snapshots;
import io.prontodb.store.sqlite.SqliteSnapshots;
import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore replaces damaged files, refuses foreign snapshots before anything changes, and runs one at a time. */
class RestoreSafetyTest {
    @TempDir
    Path tmp;
    InProcess source;
    InProcess target;
    Path archive;

    @BeforeEach
    void setUp() {
        source = new InProcess(tmp.resolve("source"));
        target = new InProcess(tmp.resolve("target"));
        archive = tmp.resolve("b.tar.gz");
        assertThat(source.run("set", "app.cfg.color", "blue").code()).isZero();
        assertThat(source.run("backup", "--out", archive.toString()).code()).isZero();
    }

    @Test
    void forceReplacesADamagedDatabaseAndKeepsItsBytes() throws IOException {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        Files.createDirectories(target.database().getParent());
        Files.write(target.database(), garbage);

        Result refused = target.run("restore", archive.toString());
        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.stderr()).contains("not one this prontodb can use").contains("--force");
        assertThat(Files.readAllBytes(target.database())).isEqualTo(garbage);

        Result forced = target.run("restore", "--force", archive.toString());
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(target.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
        assertThat(Files.readAllBytes(bak(target))).isEqualTo(garbage);
    }

    @Test
    void forceReplacesAForeignSqliteDatabase() throws Exception {
        Files.createDirectories(target.database().getParent());
        sql(target.database(), "CREATE TABLE orders (id INTEGER PRIMARY KEY)", "INSERT INTO orders VALUES (1)",
                "PRAGMA user_version = 1");
        assertThat(target.run("restore", archive.toString()).code()).isEqualTo(1);

        Result forced = target.run("restore", "--force", archive.toString());
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(target.run("get", "app.cfg.color").stdout()).isEqualTo("blue\n");
        assertThat(scalar(bak(target), "SELECT count(*) FROM orders")).isEqualTo(1);
    }

    @Test
    void aSnapshotWithTheRightVersionButOtherTablesIsRefusedBeforeAnythingChanges() throws Exception {
        Path foreign = tmp.resolve("foreign.db");
        sql(foreign, "CREATE TABLE unrelated (x)", "PRAGMA user_version = 2");
        assertRefused(archiveOf(foreign), "not a ProntoDB database of a known schema");
    }

    @Test
    void aSnapshotMissingAColumnIsRefused() throws Exception {
        Path altered = tmp.resolve("altered.db");
        Files.copy(prontoDatabase(), altered);
        sql(altered, "ALTER TABLE sys_namespaces DROP COLUMN evict_on_read");
        assertRefused(archiveOf(altered), "not a ProntoDB database of a known schema");
    }

    @Test
    void aSnapshotOfANewerSchemaIsRefused() throws Exception {
        Path newer = tmp.resolve("newer.db");
        Files.copy(prontoDatabase(), newer);
        sql(newer, "PRAGMA user_version = 999");
        assertRefused(archiveOf(newer), "schema version 999");
    }

    @Test
    void aManifestMemberOfTheWrongTypeIsBadData() throws Exception {
        Path database = tmp.resolve("snap.db");
        Files.copy(prontoDatabase(), database);
        String manifest = "{\"format\":1,\"prontodb_version\":\"x\",\"created_at\":\"t\",\"database_size\":\"12\","
                + "\"database_sha256\":\"" + Checksums.of(database) + "\"}";
        Path bad = HostileArchives.write(tmp.resolve("typed.tar.gz"), tar -> {
            tar.file("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            tar.file("pronto.db", Files.readAllBytes(database));
        });
        assertRefused(bad, "manifest member 'database_size' must be an integer");
    }

    @Test
    void aSecondRestoreWhileOneRunsIsRefusedAsBusy() {
        target.run("set", "mine.ns.k", "precious");
        Snapshots snapshots = new SqliteSnapshots(target.database(), 0);
        try (Snapshots.Lease running = snapshots.lockForRestore()) {
            Result second = target.run("restore", "--force", archive.toString());
            assertThat(second.code()).as(second.toString()).isEqualTo(75);
            assertThat(second.stderr()).contains("another restore");
        }
        assertThat(target.run("get", "mine.ns.k").stdout()).isEqualTo("precious\n");
        assertThat(Files.exists(bak(target))).isFalse();
        assertThat(target.run("restore", "--force", archive.toString()).code()).isZero();
    }

    @Test
    void aBackupTakenBeforeSecurityWasUsedKeepsTheCurrentUsers() {
        target.env.put("PRONTO_ADMIN_PASS", "chosen-password");
        assertThat(target.run("admin", "list-users").code()).isZero();
        target.env.remove("PRONTO_ADMIN_PASS");

        assertThat(target.run("restore", "--force", archive.toString()).code()).isZero();
        Result login = target.runWithStdin("chosen-password\n".getBytes(StandardCharsets.UTF_8), "login", "admin");
        assertThat(login.code()).as(login.toString()).isZero();
        assertThat(login.stderr()).doesNotContain("default password");
        Result defaultLogin = target.runWithStdin("pronto!\n".getBytes(StandardCharsets.UTF_8), "login", "admin");
        assertThat(defaultLogin.code()).isEqualTo(77);
    }

    private void assertRefused(Path bad, String why) {
        target.run("set", "mine.ns.k", "precious");
        Result result = target.run("restore", "--force", bad.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).contains(why).contains("not touched");
        assertThat(result.stderr().lines().count()).isEqualTo(2);
        assertThat(target.run("get", "mine.ns.k").stdout()).isEqualTo("precious\n");
        assertThat(Files.exists(bak(target))).isFalse();
        try (Stream<Path> files = Files.list(target.database().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".prontodb"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path archiveOf(Path database) throws IOException {
        BackupManifest manifest = new BackupManifest(1, "test", "2024-01-01T00:00:00Z", Files.size(database),
                Checksums.of(database), null);
        Path out = tmp.resolve("crafted.tar.gz");
        try (OutputStream stream = Files.newOutputStream(out)) {
            BackupArchive.pack(stream, manifest, null, database, 0);
        }
        return out;
    }

    private Path prontoDatabase() {
        InProcess maker = new InProcess(tmp.resolve("maker"));
        assertThat(maker.run("set", "a.b.c", "1").code()).isZero();
        return maker.database();
    }

    static Path bak(InProcess home) {
        return home.database().resolveSibling("pronto.db.bak");
    }

    static void sql(Path database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    static long scalar(Path database, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             var rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
