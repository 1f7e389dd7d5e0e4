package io.prontodb.store.sqlite;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.Store;
import io.prontodb.store.StoreContract;
import io.prontodb.store.StoreFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The SQLite store passes the store contract, plus what only a file-backed store has. */
class SqliteStoreTest extends StoreContract {

    private Path database() {
        return SqliteStoreFactory.database(dir);
    }

    @Override
    protected StoreFactory factory() {
        return new SqliteStoreFactory();
    }

    private long queryLong(String sql) throws SQLException {
        try (Statement st = ((SqliteStore) store).connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void contextIsStoredAsEmptyTextNeverNull() throws SQLException {
        store.put(at("k"), "1".getBytes(StandardCharsets.UTF_8), null);
        store.put(at("k"), "2".getBytes(StandardCharsets.UTF_8), null);

        assertThat(queryLong("SELECT count(*) FROM kv")).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM kv WHERE context = ''")).isEqualTo(1);
        assertThat(queryLong("SELECT count(*) FROM kv WHERE context IS NULL")).isZero();
    }

    @Test
    void usesWalAndTheCurrentSchemaVersion() throws SQLException {
        try (Statement st = ((SqliteStore) store).connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        assertThat(queryLong("PRAGMA user_version")).isEqualTo(Schema.latestVersion());
    }

    @Test
    void createsPrivateDirectoriesAndFile() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database().getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("nested"))))
                .isEqualTo("rwx------");
    }

    @Test
    void keepsDataAcrossReopening() {
        store.put(at("k"), "v".getBytes(StandardCharsets.UTF_8), 42L);
        store.close();
        store = factory().connectAgain(dir);

        assertThat(store.get(at("k")).orElseThrow().expiresAt()).isEqualTo(42L);
    }

    @Test
    void refusesASchemaNewerThanItKnows() throws SQLException {
        try (Statement st = ((SqliteStore) store).connection().createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.latestVersion() + 1));
        }
        store.close();

        ProntoException e = assertFailsWith(ExitCode.ERROR, () -> SqliteStore.open(database(), 5000));
        assertThat(e.getMessage()).contains(database().toString()).contains("newer");
        store = openFreshStore();
    }

    @Test
    void aDirectoryOrAFileThatIsNotADatabaseIsAnIoError() throws IOException {
        ProntoException directory = assertFailsWith(ExitCode.IO, () -> SqliteStore.open(dir, 5000));
        assertThat(directory.getMessage()).contains(dir.toString());

        Path text = Files.writeString(dir.resolve("notes.txt"), "this is not a database, it is text ".repeat(200));
        ProntoException notDb = assertFailsWith(ExitCode.IO, () -> SqliteStore.open(text, 5000));
        assertThat(notDb.getMessage()).contains(text.toString());
    }

    @Test
    void aPathBelowAFileIsAnIoErrorNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path below = file.resolve("pronto.db");

        ProntoException e = assertFailsWith(ExitCode.IO, () -> SqliteStore.open(below, 5000));
        assertThat(e.getMessage()).contains(below.toString());
    }

    /** The contract's tear-down closes {@code store}, so leave it an open one, on a fresh file. */
    private Store openFreshStore() {
        return SqliteStore.open(dir.resolve("fresh.db"), 5000);
    }
}
