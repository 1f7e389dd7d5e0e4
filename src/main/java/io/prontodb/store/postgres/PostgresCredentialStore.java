package io.prontodb.store.postgres;

import io.prontodb.security.ApiKeyInfo;
import io.prontodb.security.PasswordHash;
import io.prontodb.security.StoredUser;
import io.prontodb.store.CredentialStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The credential contract on the sec_users, sec_api_keys and sec_sessions tables, in the transactions of the
 * {@link PostgresStore} it belongs to. Every statement binds its parameters.
 *
 * <p>Credential writes queue on one row lock, as every write does on SQLite. Under READ COMMITTED the checks the
 * security layer makes inside a write transaction (no user yet, the name is free, not the last user, the user still
 * exists) would otherwise race: two first uses would both seed admin, two deletions would both pass the last-user
 * check. Holding the lock, each statement sees what the previous credential writer committed. The row is
 * {@code pronto_schema}'s, which always exists and which no key-value write takes.
 */
final class PostgresCredentialStore implements CredentialStore {
    private static final String API_KEY_COLUMNS = "id, \"user\", label, created_at, expires_at, revoked_at, scopes";
    private static final String LOCK_CREDENTIALS = "SELECT 1 FROM pronto_schema WHERE id = 1 FOR UPDATE";

    private final PostgresStore store;
    private final Sql db;
    private boolean locked;

    PostgresCredentialStore(PostgresStore store) {
        this.store = store;
        this.db = store.sql();
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        if (locked) {
            return work.get();
        }
        return store.inWriteTransaction(() -> {
            db.query(LOCK_CREDENTIALS, ps -> { }, ResultSet::next);
            locked = true;
            try {
                return work.get();
            } finally {
                locked = false;
            }
        });
    }

    @Override
    public boolean hasUsers() {
        return db.query("SELECT 1 FROM sec_users LIMIT 1", ps -> { }, ResultSet::next);
    }

    @Override
    public long countUsers() {
        return db.query("SELECT count(*) FROM sec_users", ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    @Override
    public Optional<StoredUser> user(String name) {
        return db.query("SELECT kdf, iterations, salt, hash, default_password FROM sec_users WHERE name = ?",
                ps -> ps.setString(1, name),
                rs -> rs.next()
                        ? Optional.of(new StoredUser(name,
                                new PasswordHash(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4)),
                                rs.getBoolean(5)))
                        : Optional.empty());
    }

    @Override
    public List<String> userNames() {
        return db.query("SELECT name FROM sec_users ORDER BY name", ps -> { }, rs -> {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        });
    }

    @Override
    public boolean anyDefaultPassword() {
        return db.query("SELECT 1 FROM sec_users WHERE default_password LIMIT 1", ps -> { }, ResultSet::next);
    }

    @Override
    public void insertUser(String name, PasswordHash password, boolean defaultPassword, long nowMillis) {
        update("INSERT INTO sec_users (name, kdf, iterations, salt, hash, default_password, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, name);
                    bindPassword(ps, 2, password);
                    ps.setBoolean(6, defaultPassword);
                    ps.setLong(7, nowMillis);
                });
    }

    @Override
    public boolean updatePassword(String name, PasswordHash password) {
        return update("UPDATE sec_users SET kdf = ?, iterations = ?, salt = ?, hash = ?, default_password = FALSE"
                + " WHERE name = ?", ps -> {
                    bindPassword(ps, 1, password);
                    ps.setString(5, name);
                }) > 0;
    }

    @Override
    public boolean deleteUser(String name) {
        return inWriteTransaction(() -> {
            update("DELETE FROM sec_api_keys WHERE \"user\" = ?", ps -> ps.setString(1, name));
            deleteSessionsOf(name);
            return update("DELETE FROM sec_users WHERE name = ?", ps -> ps.setString(1, name)) > 0;
        });
    }

    @Override
    public void deleteSessionsOf(String user) {
        update("DELETE FROM sec_sessions WHERE \"user\" = ?", ps -> ps.setString(1, user));
    }

    /** The id comes from the sequence sec_api_key_ids, taken under the credentials lock: ids rise in commit order. */
    @Override
    public long insertApiKey(String user, String label, byte[] keyHash, long nowMillis, Long expiresAt,
                             String scopes) {
        return inWriteTransaction(() -> db.query("INSERT INTO sec_api_keys"
                        + " (\"user\", label, key_hash, created_at, expires_at, scopes) VALUES (?, ?, ?, ?, ?, ?)"
                        + " RETURNING id",
                ps -> {
                    ps.setString(1, user);
                    ps.setString(2, label);
                    ps.setBytes(3, keyHash);
                    ps.setLong(4, nowMillis);
                    Sql.setNullableLong(ps, 5, expiresAt);
                    ps.setString(6, scopes);
                },
                rs -> rs.next() ? rs.getLong(1) : 0L));
    }

    @Override
    public Optional<ApiKeyInfo> activeApiKey(byte[] keyHash, long nowMillis) {
        return db.query("SELECT " + API_KEY_COLUMNS + " FROM sec_api_keys WHERE key_hash = ? AND revoked_at IS NULL"
                        + " AND (expires_at IS NULL OR expires_at > ?)",
                ps -> {
                    ps.setBytes(1, keyHash);
                    ps.setLong(2, nowMillis);
                },
                rs -> rs.next() ? Optional.of(apiKey(rs)) : Optional.empty());
    }

    @Override
    public List<ApiKeyInfo> apiKeys() {
        return db.query("SELECT " + API_KEY_COLUMNS + " FROM sec_api_keys ORDER BY id", ps -> { }, rs -> {
            List<ApiKeyInfo> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(apiKey(rs));
            }
            return keys;
        });
    }

    private static ApiKeyInfo apiKey(ResultSet rs) throws SQLException {
        return new ApiKeyInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                Sql.nullableLong(rs, 5), Sql.nullableLong(rs, 6), rs.getString(7));
    }

    @Override
    public boolean revokeApiKey(long id, long nowMillis) {
        return update("UPDATE sec_api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", ps -> {
            ps.setLong(1, nowMillis);
            ps.setLong(2, id);
        }) > 0;
    }

    @Override
    public boolean apiKeyExists(long id) {
        return db.query("SELECT 1 FROM sec_api_keys WHERE id = ?", ps -> ps.setLong(1, id), ResultSet::next);
    }

    @Override
    public void insertSession(byte[] tokenHash, String user, long nowMillis, long expiresAt) {
        update("INSERT INTO sec_sessions (token_hash, \"user\", created_at, expires_at) VALUES (?, ?, ?, ?)", ps -> {
            ps.setBytes(1, tokenHash);
            ps.setString(2, user);
            ps.setLong(3, nowMillis);
            ps.setLong(4, expiresAt);
        });
    }

    @Override
    public Optional<String> sessionUser(byte[] tokenHash, long nowMillis) {
        return db.query("SELECT \"user\" FROM sec_sessions WHERE token_hash = ? AND expires_at > ?", ps -> {
            ps.setBytes(1, tokenHash);
            ps.setLong(2, nowMillis);
        }, rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }

    @Override
    public boolean deleteSession(byte[] tokenHash) {
        return update("DELETE FROM sec_sessions WHERE token_hash = ?", ps -> ps.setBytes(1, tokenHash)) > 0;
    }

    @Override
    public void deleteExpiredSessions(long nowMillis) {
        update("DELETE FROM sec_sessions WHERE expires_at <= ?", ps -> ps.setLong(1, nowMillis));
    }

    private static void bindPassword(PreparedStatement ps, int first, PasswordHash password) throws SQLException {
        ps.setString(first, password.kdf());
        ps.setInt(first + 1, password.iterations());
        ps.setBytes(first + 2, password.salt());
        ps.setBytes(first + 3, password.hash());
    }

    private long update(String sql, Sql.Binder binder) {
        return inWriteTransaction(() -> db.update(sql, binder));
    }
}
