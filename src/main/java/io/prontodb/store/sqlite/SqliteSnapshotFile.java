package io.prontodb.store.sqlite;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.SnapshotRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A snapshot as a SQLite database of the current ProntoDB schema, written and read row by row: the form every
 * backend's snapshot takes in an archive, so another backend's data becomes such a file and such a file becomes
 * another backend's data. Rows stream through; memory does not follow their number.
 */
public final class SqliteSnapshotFile {
    private static final int BATCH_ROWS = 1024;
    private static final String LAST_API_KEY_ID = "SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
            + " WHERE name = 'sec_api_keys'), 0), coalesce((SELECT max(id) FROM sec_api_keys), 0))";

    private SqliteSnapshotFile() {
    }

    /**
     * Creates {@code file} (which must not exist) with the current schema and fills it, in one transaction, with the
     * rows {@code source} hands to the writer it is given. On any failure no file is left.
     */
    public static void write(Path file, long busyTimeoutMs, Consumer<SnapshotRows> source) {
        boolean written = false;
        try {
            try (SqliteStore store = SqliteStore.open(file, busyTimeoutMs)) {
                // A rollback journal, not the WAL: a new file's rows then go to it once, not to the WAL and again
                // at the checkpoint, and once closed it is self-contained, with no -wal beside it.
                try (Statement st = store.connection().createStatement()) {
                    st.execute("PRAGMA journal_mode=DELETE");
                } catch (SQLException e) {
                    throw SqliteErrors.translate(e, file);
                }
                store.inWriteTransaction(() -> {
                    try (Writer writer = new Writer(store.connection(), file)) {
                        source.accept(writer);
                        writer.finish();
                    }
                    return null;
                });
            }
            written = true;
        } finally {
            if (!written) {
                deleteWithCompanions(file);
            }
        }
    }

    /** Hands every row of the snapshot {@code file} (verified, at the current schema) to {@code into}. */
    public static void read(Path file, long busyTimeoutMs, SnapshotRows into) {
        try (SqliteStore store = SqliteStore.open(file, busyTimeoutMs)) {
            Jdbc jdbc = store.jdbc();
            jdbc.query("SELECT project, namespace, key, context, value, expires_at, seq FROM kv", ps -> { }, rs -> {
                while (rs.next()) {
                    into.entry(new Address(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            rs.getBytes(5), Jdbc.nullableLong(rs, 6), rs.getLong(7));
                }
                return null;
            });
            jdbc.query("SELECT project, namespace, kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces",
                    ps -> { }, rs -> {
                        while (rs.next()) {
                            into.namespace(new NamespaceRef(rs.getString(1), rs.getString(2)), new NamespaceSettings(
                                    NamespaceKind.fromLabel(rs.getString(3)), Jdbc.nullableLong(rs, 4),
                                    Jdbc.nullableLong(rs, 5), rs.getInt(6) != 0));
                        }
                        return null;
                    });
            jdbc.query("SELECT name, kdf, iterations, salt, hash, default_password, created_at FROM sec_users",
                    ps -> { }, rs -> {
                        while (rs.next()) {
                            into.user(new SnapshotRows.User(rs.getString(1), rs.getString(2), rs.getInt(3),
                                    rs.getBytes(4), rs.getBytes(5), rs.getInt(6) != 0, rs.getLong(7)));
                        }
                        return null;
                    });
            jdbc.query("SELECT id, user, label, key_hash, scopes, created_at, expires_at, revoked_at FROM sec_api_keys"
                    + " ORDER BY id", ps -> { }, rs -> {
                        while (rs.next()) {
                            into.apiKey(new SnapshotRows.ApiKey(rs.getLong(1), rs.getString(2), rs.getString(3),
                                    rs.getBytes(4), rs.getString(5), rs.getLong(6), Jdbc.nullableLong(rs, 7),
                                    Jdbc.nullableLong(rs, 8)));
                        }
                        return null;
                    });
            jdbc.query("SELECT token_hash, user, created_at, expires_at FROM sec_sessions", ps -> { }, rs -> {
                while (rs.next()) {
                    into.session(new SnapshotRows.Session(rs.getBytes(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
                return null;
            });
            long lastWriteSeq = jdbc.query(WriteSequence.READ_SQL, ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
            long lastApiKeyId = jdbc.query(LAST_API_KEY_ID, ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
            into.counters(lastWriteSeq, lastApiKeyId);
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // inside a private staging directory that its owner removes
            }
        }
    }

    /** Inserts rows in batches into the tables of a new snapshot, inside the open write transaction. */
    private static final class Writer implements SnapshotRows, AutoCloseable {
        private final Path file;
        private final Batch entries;
        private final Batch namespaces;
        private final Batch users;
        private final Batch apiKeys;
        private final Batch sessions;
        private final Connection connection;
        private long lastWriteSeq;
        private long lastApiKeyId;

        Writer(Connection connection, Path file) {
            this.connection = connection;
            this.file = file;
            try {
                entries = new Batch(connection.prepareStatement("INSERT INTO kv"
                        + " (project, namespace, key, context, value, expires_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                namespaces = new Batch(connection.prepareStatement("INSERT INTO sys_namespaces"
                        + " (project, namespace, kind, ttl_seconds, max_items, evict_on_read) VALUES (?, ?, ?, ?, ?, ?)"));
                users = new Batch(connection.prepareStatement("INSERT INTO sec_users"
                        + " (name, kdf, iterations, salt, hash, default_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                apiKeys = new Batch(connection.prepareStatement("INSERT INTO sec_api_keys"
                        + " (id, user, label, key_hash, scopes, created_at, expires_at, revoked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                sessions = new Batch(connection.prepareStatement("INSERT INTO sec_sessions"
                        + " (token_hash, user, created_at, expires_at) VALUES (?, ?, ?, ?)"));
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file);
            }
        }

        @Override
        public void entry(Address address, byte[] value, Long expiresAt, long writeSeq) {
            add(entries, ps -> {
                SqliteStore.bindAddress(ps, 1, address);
                ps.setBytes(5, value);
                Jdbc.setNullableLong(ps, 6, expiresAt);
                ps.setLong(7, writeSeq);
            });
            lastWriteSeq = Math.max(lastWriteSeq, writeSeq);
        }

        @Override
        public void namespace(NamespaceRef ref, NamespaceSettings settings) {
            add(namespaces, ps -> {
                ps.setString(1, ref.project());
                ps.setString(2, ref.namespace());
                ps.setString(3, settings.kind().label);
                Jdbc.setNullableLong(ps, 4, settings.ttlSeconds());
                Jdbc.setNullableLong(ps, 5, settings.maxItems());
                ps.setInt(6, settings.evictOnRead() ? 1 : 0);
            });
        }

        @Override
        public void user(User user) {
            add(users, ps -> {
                ps.setString(1, user.name());
                ps.setString(2, user.kdf());
                ps.setInt(3, user.iterations());
                ps.setBytes(4, user.salt());
                ps.setBytes(5, user.hash());
                ps.setInt(6, user.defaultPassword() ? 1 : 0);
                ps.setLong(7, user.createdAt());
            });
        }

        @Override
        public void apiKey(ApiKey key) {
            add(apiKeys, ps -> {
                ps.setLong(1, key.id());
                ps.setString(2, key.user());
                ps.setString(3, key.label());
                ps.setBytes(4, key.keyHash());
                ps.setString(5, key.scopes());
                ps.setLong(6, key.createdAt());
                Jdbc.setNullableLong(ps, 7, key.expiresAt());
                Jdbc.setNullableLong(ps, 8, key.revokedAt());
            });
            lastApiKeyId = Math.max(lastApiKeyId, key.id());
        }

        @Override
        public void session(Session session) {
            add(sessions, ps -> {
                ps.setBytes(1, session.tokenHash());
                ps.setString(2, session.user());
                ps.setLong(3, session.createdAt());
                ps.setLong(4, session.expiresAt());
            });
        }

        @Override
        public void counters(long lastWriteSeq, long lastApiKeyId) {
            this.lastWriteSeq = Math.max(this.lastWriteSeq, lastWriteSeq);
            this.lastApiKeyId = Math.max(this.lastApiKeyId, lastApiKeyId);
        }

        /** Sends what is batched and stores the counters; the ids AUTOINCREMENT hands out continue above them. */
        void finish() {
            try {
                for (Batch batch : new Batch[] {entries, namespaces, users, apiKeys, sessions}) {
                    batch.flush();
                }
                try (PreparedStatement ps = connection.prepareStatement(WriteSequence.WRITE_SQL)) {
                    ps.setLong(1, lastWriteSeq);
                    ps.executeUpdate();
                }
                if (lastApiKeyId > 0) {
                    try (PreparedStatement ps = connection.prepareStatement(
                            "UPDATE sqlite_sequence SET seq = ? WHERE name = 'sec_api_keys'")) {
                        ps.setLong(1, lastApiKeyId);
                        if (ps.executeUpdate() == 0) {
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO sqlite_sequence (name, seq) VALUES ('sec_api_keys', ?)")) {
                                insert.setLong(1, lastApiKeyId);
                                insert.executeUpdate();
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file);
            }
        }

        private void add(Batch batch, Jdbc.Binder binder) {
            try {
                batch.add(binder);
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file);
            }
        }

        @Override
        public void close() {
            for (Batch batch : new Batch[] {entries, namespaces, users, apiKeys, sessions}) {
                try {
                    batch.statement.close();
                } catch (SQLException ignored) {
                    // closing a statement of a connection that is closed next
                }
            }
        }
    }

    /** One prepared INSERT, sent to SQLite every {@link #BATCH_ROWS} rows. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Jdbc.Binder binder) throws SQLException {
            binder.bind(statement);
            statement.addBatch();
            if (++pending == BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
