package io.prontodb.store.postgres;

import java.util.List;

/**
 * The tables ProntoDB keeps in a PostgreSQL database, as forward migrations: entry {@code i} upgrades schema version
 * {@code i} to {@code i + 1}. The version lives in {@code pronto_schema}. Never edit a released step; add one.
 *
 * <p>Names are {@code COLLATE "C"}: byte-wise order of their UTF-8, the order SQLite's BINARY collation gives, so
 * listings and exports are the same bytes on both backends. The write sequence ranks max_items eviction.
 */
final class PostgresSchema {
    private PostgresSchema() {
    }

    static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS pronto_schema (
                id      INTEGER PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL
            )""";

    /**
     * Who is restoring this database, until when: one row at most, taken by an insert that fails on conflict while
     * the holder's lease lasts. Not part of the versioned schema: restore takes it before it creates or checks the
     * other tables, and it holds no data.
     */
    static final String RESTORE_LEASE_TABLE = """
            CREATE TABLE IF NOT EXISTS pronto_restore_lease (
                id         INTEGER PRIMARY KEY CHECK (id = 1),
                holder     TEXT NOT NULL,
                owner      TEXT NOT NULL,
                expires_at TIMESTAMPTZ NOT NULL
            )""";

    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE SEQUENCE kv_write_seq",
                    """
                    CREATE TABLE kv (
                        project    TEXT COLLATE "C" NOT NULL,
                        namespace  TEXT COLLATE "C" NOT NULL,
                        key        TEXT COLLATE "C" NOT NULL,
                        context    TEXT COLLATE "C" NOT NULL DEFAULT '',
                        value      BYTEA NOT NULL,
                        expires_at BIGINT,
                        write_seq  BIGINT NOT NULL,
                        PRIMARY KEY (project, namespace, key, context)
                    )""",
                    "CREATE INDEX kv_expiry ON kv (expires_at) WHERE expires_at IS NOT NULL",
                    "CREATE INDEX kv_write_order ON kv (project, namespace, write_seq)",
                    """
                    CREATE TABLE sys_namespaces (
                        project       TEXT COLLATE "C" NOT NULL,
                        namespace     TEXT COLLATE "C" NOT NULL,
                        kind          TEXT NOT NULL CHECK (kind IN ('std', 'ttl')),
                        ttl_seconds   BIGINT,
                        max_items     BIGINT,
                        evict_on_read BOOLEAN NOT NULL DEFAULT FALSE,
                        PRIMARY KEY (project, namespace)
                    )""",
                    // Secrets are never stored: passwords as PBKDF2 output, API keys and session tokens as SHA-256.
                    """
                    CREATE TABLE sec_users (
                        name             TEXT COLLATE "C" PRIMARY KEY,
                        kdf              TEXT NOT NULL,
                        iterations       INTEGER NOT NULL,
                        salt             BYTEA NOT NULL,
                        hash             BYTEA NOT NULL,
                        default_password BOOLEAN NOT NULL DEFAULT FALSE,
                        created_at       BIGINT NOT NULL
                    )""",
                    "CREATE SEQUENCE sec_api_key_ids",
                    """
                    CREATE TABLE sec_api_keys (
                        id         BIGINT PRIMARY KEY DEFAULT nextval('sec_api_key_ids'),
                        "user"     TEXT COLLATE "C" NOT NULL,
                        label      TEXT,
                        key_hash   BYTEA NOT NULL UNIQUE,
                        scopes     TEXT NOT NULL DEFAULT '*:rw',
                        created_at BIGINT NOT NULL,
                        expires_at BIGINT,
                        revoked_at BIGINT
                    )""",
                    """
                    CREATE TABLE sec_sessions (
                        token_hash BYTEA PRIMARY KEY,
                        "user"     TEXT COLLATE "C" NOT NULL,
                        created_at BIGINT NOT NULL,
                        expires_at BIGINT NOT NULL
                    )"""),
            // Bulk writes send rows with COPY, which fills the write sequence from the column default.
            List.of("ALTER TABLE kv ALTER COLUMN write_seq SET DEFAULT nextval('kv_write_seq')"));

    static int latestVersion() {
        return MIGRATIONS.size();
    }
}
