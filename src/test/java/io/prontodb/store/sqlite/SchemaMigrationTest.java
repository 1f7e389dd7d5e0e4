package io.prontodb.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by the v2 schema opens as v3 with every row, its eviction order and its API keys. */
class SchemaMigrationTest {
    private static final NamespaceRef NS = new NamespaceRef("p", "n");

    @TempDir
    Path dir;

    /** A v2 database as the previous release wrote it: rows whose rowid order is not their key order. */
    private Path v2Database() throws SQLException {
        Path db = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            for (int v = 0; v < 2; v++) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 2");
            st.execute("INSERT INTO kv (project, namespace, key, context, value, expires_at) VALUES"
                    + " ('p', 'n', 'c', '', x'00ff', NULL), ('p', 'n', 'a', 'ctx', x'61', 1700000000000),"
                    + " ('p', 'n', 'b', '', x'62', NULL), ('q', 'm', 'z', '', x'7a', NULL)");
            st.execute("INSERT OR REPLACE INTO kv (project, namespace, key, context, value, expires_at) VALUES"
                    + " ('p', 'n', 'c', '', x'63', NULL)");
            st.execute("INSERT INTO sys_namespaces (project, namespace, kind, ttl_seconds, max_items, evict_on_read)"
                    + " VALUES ('p', 'n', 'ttl', 60, 10, 1)");
            st.execute("INSERT INTO sec_api_keys (user, label, key_hash, created_at) VALUES ('admin', 'l', x'01', 5)");
        }
        return db;
    }

    private static long queryLong(SqliteStore store, String sql) throws SQLException {
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migratesV2DataKeepingValuesExpiriesSettingsAndWriteOrder() throws SQLException {
        Path db = v2Database();
        try (SqliteStore store = SqliteStore.open(db, 5000)) {
            assertThat(queryLong(store, "PRAGMA user_version")).isEqualTo(3);
            assertThat(queryLong(store, "SELECT count(*) FROM kv")).isEqualTo(4);
            assertThat(store.get(new Address("p", "n", "c", "")).orElseThrow().value())
                    .isEqualTo("c".getBytes(StandardCharsets.UTF_8));
            assertThat(store.get(new Address("p", "n", "a", "ctx")).orElseThrow().expiresAt()).isEqualTo(1700000000000L);
            assertThat(store.settings(NS).maxItems()).isEqualTo(10);
            assertThat(queryLong(store, "SELECT count(*) FROM sec_api_keys WHERE scopes = '*:rw'")).isEqualTo(1);

            // v2 wrote a@ctx, then b, then rewrote c: that order survives.
            assertThat(store.deleteOldest(NS, 1)).isEqualTo(1);
            assertThat(store.get(new Address("p", "n", "a", "ctx"))).isEmpty();
            assertThat(store.deleteOldest(NS, 1)).isEqualTo(1);
            assertThat(store.get(new Address("p", "n", "b", ""))).isEmpty();
            assertThat(store.get(new Address("p", "n", "c", ""))).isPresent();

            // New writes rank after every migrated row.
            store.put(new Address("p", "n", "d", ""), new byte[] {1}, null);
            assertThat(store.deleteOldest(NS, 1)).isEqualTo(1);
            assertThat(store.get(new Address("p", "n", "c", ""))).isEmpty();
            assertThat(store.get(new Address("p", "n", "d", ""))).isPresent();
        }
    }

    @Test
    void theMigratedKvTableIsKeyedByItsNamesWithoutRowid() throws SQLException {
        try (SqliteStore store = SqliteStore.open(v2Database(), 5000)) {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'kv'")) {
                rs.next();
                assertThat(rs.getString(1)).contains("WITHOUT ROWID")
                        .contains("PRIMARY KEY (project, namespace, key, context)").contains("seq");
            }
        }
    }
}
