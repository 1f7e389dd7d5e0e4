package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.SnapshotRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the rows of every ProntoDB table, in the transaction open on the connection, with the rows it is given.
 * Entries travel as arrays the server unnests, many rows per round trip; the other tables, small, as JDBC batches.
 * Users are replaced only when the snapshot holds some: a snapshot taken before security was used keeps the live
 * users, so a restore never brings back a default admin password.
 */
final class PostgresSnapshotWriter implements SnapshotRows, AutoCloseable {
    private static final String INSERT_ENTRIES = "INSERT INTO kv"
            + " (project, namespace, key, context, value, expires_at, write_seq)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::int8[], ?::int8[])";
    private static final String SET_WRITE_SEQ = "SELECT setval('kv_write_seq',"
            + " greatest(?, (SELECT last_value FROM kv_write_seq), 1))";
    private static final String SET_API_KEY_ID = "SELECT setval('sec_api_key_ids',"
            + " greatest(?, (SELECT last_value FROM sec_api_key_ids), 1))";
    private static final int ENTRY_ROWS = 5000;
    private static final int BATCH_ROWS = 1000;
    private static final long ENTRY_BYTES = 16L << 20;

    private final Connection connection;
    private final Sql db;
    private final String target;
    private final PreparedStatement entries;
    private final PreparedStatement namespaces;
    private final PreparedStatement users;
    private final PreparedStatement apiKeys;
    private final PreparedStatement sessions;
    private final List<Object[]> pendingEntries = new ArrayList<>();
    private long pendingBytes;
    private long batchedRows;
    private boolean usersCleared;
    private long lastWriteSeq;
    private long lastApiKeyId;

    /** Deletes the live rows (users only once the first snapshot user arrives) and prepares the inserts. */
    PostgresSnapshotWriter(Connection connection, Sql db, String target) {
        this.connection = connection;
        this.db = db;
        this.target = target;
        db.update("DELETE FROM kv", ps -> { });
        db.update("DELETE FROM sys_namespaces", ps -> { });
        db.update("DELETE FROM sec_api_keys", ps -> { });
        db.update("DELETE FROM sec_sessions", ps -> { });
        entries = db.prepare(INSERT_ENTRIES);
        namespaces = db.prepare("INSERT INTO sys_namespaces (project, namespace, kind, ttl_seconds, max_items,"
                + " evict_on_read) VALUES (?, ?, ?, ?, ?, ?)");
        users = db.prepare("INSERT INTO sec_users (name, kdf, iterations, salt, hash, default_password, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        apiKeys = db.prepare("INSERT INTO sec_api_keys (id, \"user\", label, key_hash, scopes, created_at,"
                + " expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        sessions = db.prepare("INSERT INTO sec_sessions (token_hash, \"user\", created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)");
    }

    @Override
    public void entry(Address address, byte[] value, Long expiresAt, long writeSeq) {
        pendingEntries.add(new Object[] {address.project(), address.namespace(), address.key(), address.context(),
            value, expiresAt, writeSeq});
        pendingBytes += value.length;
        lastWriteSeq = Math.max(lastWriteSeq, writeSeq);
        if (pendingEntries.size() == ENTRY_ROWS || pendingBytes >= ENTRY_BYTES) {
            flushEntries();
        }
    }

    private void flushEntries() {
        if (pendingEntries.isEmpty()) {
            return;
        }
        int size = pendingEntries.size();
        String[][] names = new String[4][size];
        byte[][] values = new byte[size][];
        Long[] expiries = new Long[size];
        Long[] sequence = new Long[size];
        for (int i = 0; i < size; i++) {
            Object[] row = pendingEntries.get(i);
            for (int column = 0; column < 4; column++) {
                names[column][i] = (String) row[column];
            }
            values[i] = (byte[]) row[4];
            expiries[i] = (Long) row[5];
            sequence[i] = (Long) row[6];
        }
        try {
            for (int column = 0; column < 4; column++) {
                entries.setArray(column + 1, connection.createArrayOf("text", names[column]));
            }
            entries.setArray(5, connection.createArrayOf("bytea", values));
            entries.setArray(6, connection.createArrayOf("int8", expiries));
            entries.setArray(7, connection.createArrayOf("int8", sequence));
            entries.executeUpdate();
        } catch (SQLException e) {
            throw db.translate(e);
        }
        pendingEntries.clear();
        pendingBytes = 0;
    }

    @Override
    public void namespace(NamespaceRef ref, NamespaceSettings settings) {
        batch(namespaces, ps -> {
            ps.setString(1, ref.project());
            ps.setString(2, ref.namespace());
            ps.setString(3, settings.kind().label);
            Sql.setNullableLong(ps, 4, settings.ttlSeconds());
            Sql.setNullableLong(ps, 5, settings.maxItems());
            ps.setBoolean(6, settings.evictOnRead());
        });
    }

    @Override
    public void user(User user) {
        if (!usersCleared) {
            db.update("DELETE FROM sec_users", ps -> { });
            usersCleared = true;
        }
        batch(users, ps -> {
            ps.setString(1, user.name());
            ps.setString(2, user.kdf());
            ps.setInt(3, user.iterations());
            ps.setBytes(4, user.salt());
            ps.setBytes(5, user.hash());
            ps.setBoolean(6, user.defaultPassword());
            ps.setLong(7, user.createdAt());
        });
    }

    @Override
    public void apiKey(ApiKey key) {
        batch(apiKeys, ps -> {
            ps.setLong(1, key.id());
            ps.setString(2, key.user());
            ps.setString(3, key.label());
            ps.setBytes(4, key.keyHash());
            ps.setString(5, key.scopes());
            ps.setLong(6, key.createdAt());
            Sql.setNullableLong(ps, 7, key.expiresAt());
            Sql.setNullableLong(ps, 8, key.revokedAt());
        });
        lastApiKeyId = Math.max(lastApiKeyId, key.id());
    }

    @Override
    public void session(Session session) {
        batch(sessions, ps -> {
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

    /**
     * Sends what is pending and moves both sequences past the restored values (never back: a value handed out
     * before stays below every later one).
     */
    void finish() {
        flushEntries();
        try {
            for (PreparedStatement batch : new PreparedStatement[] {namespaces, users, apiKeys, sessions}) {
                batch.executeBatch();
            }
        } catch (SQLException e) {
            throw db.translate(e);
        }
        db.query(SET_WRITE_SEQ, ps -> ps.setLong(1, lastWriteSeq), rs -> null);
        db.query(SET_API_KEY_ID, ps -> ps.setLong(1, lastApiKeyId), rs -> null);
    }

    private void batch(PreparedStatement statement, Sql.Binder binder) {
        try {
            binder.bind(statement);
            statement.addBatch();
            if (++batchedRows % BATCH_ROWS == 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw db.translate(e);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : new PreparedStatement[] {entries, namespaces, users, apiKeys, sessions}) {
            Sql.close(statement, target);
        }
    }
}
