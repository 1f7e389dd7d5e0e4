package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.SnapshotRows;

/**
 * Reads every ProntoDB table of a PostgreSQL database, in the transaction open on it, into {@link SnapshotRows}:
 * the entries through a server-side cursor, so rows stream instead of filling memory.
 */
final class PostgresSnapshotReader {
    private static final int FETCH_ROWS = 10_000;

    private PostgresSnapshotReader() {
    }

    /** Needs an open transaction: a REPEATABLE READ or SERIALIZABLE one, so that every table is read as of one moment. */
    static void readAll(Sql db, SnapshotRows into) {
        db.stream("SELECT project, namespace, key, context, value, expires_at, write_seq FROM kv", FETCH_ROWS, ps -> { },
                rs -> {
                    while (rs.next()) {
                        into.entry(new Address(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                                rs.getBytes(5), Sql.nullableLong(rs, 6), rs.getLong(7));
                    }
                });
        db.stream("SELECT project, namespace, kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces",
                FETCH_ROWS, ps -> { }, rs -> {
                    while (rs.next()) {
                        into.namespace(new NamespaceRef(rs.getString(1), rs.getString(2)), new NamespaceSettings(
                                NamespaceKind.fromLabel(rs.getString(3)), Sql.nullableLong(rs, 4),
                                Sql.nullableLong(rs, 5), rs.getBoolean(6)));
                    }
                });
        db.stream("SELECT name, kdf, iterations, salt, hash, default_password, created_at FROM sec_users", FETCH_ROWS,
                ps -> { }, rs -> {
                    while (rs.next()) {
                        into.user(new SnapshotRows.User(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBytes(4),
                                rs.getBytes(5), rs.getBoolean(6), rs.getLong(7)));
                    }
                });
        db.stream("SELECT id, \"user\", label, key_hash, scopes, created_at, expires_at, revoked_at FROM sec_api_keys"
                + " ORDER BY id", FETCH_ROWS, ps -> { }, rs -> {
                    while (rs.next()) {
                        into.apiKey(new SnapshotRows.ApiKey(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getBytes(4), rs.getString(5), rs.getLong(6), Sql.nullableLong(rs, 7),
                                Sql.nullableLong(rs, 8)));
                    }
                });
        db.stream("SELECT token_hash, \"user\", created_at, expires_at FROM sec_sessions", FETCH_ROWS, ps -> { }, rs -> {
            while (rs.next()) {
                into.session(new SnapshotRows.Session(rs.getBytes(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        });
        // Sequences are not transactional: these may be past the rows read above, which is all a counter needs.
        long lastWriteSeq = db.query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM kv_write_seq",
                ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
        long lastApiKeyId = db.query("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM sec_api_key_ids",
                ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
        into.counters(lastWriteSeq, lastApiKeyId);
    }
}
