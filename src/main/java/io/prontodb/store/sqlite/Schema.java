package io.prontodb.store.sqlite;

import java.util.List;

/**
 * The forward migrations, in order: entry {@code i} upgrades {@code user_version} {@code i} to {@code i + 1}.
 * Never edit a released step; add one.
 */
final class Schema {
    private Schema() {
    }

    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    """
                    CREATE TABLE kv (
                        project    TEXT NOT NULL,
                        namespace  TEXT NOT NULL,
                        key        TEXT NOT NULL,
                        context    TEXT NOT NULL DEFAULT '',
                        value      BLOB NOT NULL,
                        expires_at INTEGER,
                        UNIQUE (project, namespace, key, context)
                    )""",
                    "CREATE INDEX kv_expiry ON kv (expires_at) WHERE expires_at IS NOT NULL",
                    """
                    CREATE TABLE sys_namespaces (
                        project       TEXT NOT NULL,
                        namespace     TEXT NOT NULL,
                        kind          TEXT NOT NULL CHECK (kind IN ('std', 'ttl')),
                        ttl_seconds   INTEGER,
                        max_items     INTEGER,
                        evict_on_read INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (project, namespace)
                    ) WITHOUT ROWID"""),
            List.of(
                    // Secrets are never stored: passwords as PBKDF2 output, API keys and session tokens as SHA-256.
                    """
                    CREATE TABLE sec_users (
                        name             TEXT PRIMARY KEY,
                        kdf              TEXT NOT NULL,
                        iterations       INTEGER NOT NULL,
                        salt             BLOB NOT NULL,
                        hash             BLOB NOT NULL,
                        default_password INTEGER NOT NULL DEFAULT 0,
                        created_at       INTEGER NOT NULL
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE sec_api_keys (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        user       TEXT NOT NULL,
                        label      TEXT,
                        key_hash   BLOB NOT NULL UNIQUE,
                        created_at INTEGER NOT NULL,
                        expires_at INTEGER,
                        revoked_at INTEGER
                    )""",
                    """
                    CREATE TABLE sec_sessions (
                        token_hash BLOB PRIMARY KEY,
                        user       TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL
                    ) WITHOUT ROWID"""),
            List.of(
                    // v3: kv keyed by its four names without a rowid, and an explicit write sequence ranking eviction
                    // (rowid order was write order only because INSERT OR REPLACE happened to give a new rowid).
                    // The old rowids become the sequence, so eviction order survives the migration.
                    """
                    CREATE TABLE kv_v3 (
                        project    TEXT NOT NULL,
                        namespace  TEXT NOT NULL,
                        key        TEXT NOT NULL,
                        context    TEXT NOT NULL DEFAULT '',
                        value      BLOB NOT NULL,
                        expires_at INTEGER,
                        seq        INTEGER NOT NULL,
                        PRIMARY KEY (project, namespace, key, context)
                    ) WITHOUT ROWID""",
                    """
                    INSERT INTO kv_v3 (project, namespace, key, context, value, expires_at, seq)
                        SELECT project, namespace, key, context, value, expires_at, rowid FROM kv""",
                    "DROP TABLE kv",
                    "ALTER TABLE kv_v3 RENAME TO kv",
                    "CREATE INDEX kv_expiry ON kv (expires_at) WHERE expires_at IS NOT NULL",
                    // The last write sequence handed out; each write transaction reads it once and stores it back.
                    """
                    CREATE TABLE sys_counters (
                        name  TEXT PRIMARY KEY,
                        value INTEGER NOT NULL
                    ) WITHOUT ROWID""",
                    "INSERT INTO sys_counters (name, value) SELECT 'write_seq', coalesce(max(seq), 0) FROM kv",
                    // What an API key may reach: PROJECT:ro|rw entries separated by commas, '*' for every project.
                    "ALTER TABLE sec_api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT '*:rw'"));

    static int latestVersion() {
        return MIGRATIONS.size();
    }
}
