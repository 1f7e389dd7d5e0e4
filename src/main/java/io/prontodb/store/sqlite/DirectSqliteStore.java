package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.Entry;
import io.prontodb.store.KeyValueStore;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The key-value operations of {@link SqliteStore} over a {@link NativeDatabase}: what get, set, del and the
 * listings need, at a fraction of a JDBC connection's start-up cost. It opens only a database whose schema is
 * current; creating and migrating one is {@link SqliteStore}'s job. Its statements are SqliteStore's, written
 * for one schema version: under any other, it opens nothing and SqliteStore serves every call.
 */
public final class DirectSqliteStore implements KeyValueStore {
    /** The schema version these statements are written for. */
    static final int SCHEMA_VERSION = 3;

    private final NativeDatabase db;
    private final long busyTimeoutMs;
    private boolean inTransaction;
    /** The write sequence of the open write transaction; a new one per transaction. */
    private WriteSequence sequence;

    private DirectSqliteStore(NativeDatabase db, long busyTimeoutMs) {
        this.db = db;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    /**
     * Opens the database at {@code path} (created empty, with private modes, when absent); null when its schema
     * is not the current one (or not the one these statements are written for), so the caller opens a
     * {@link SqliteStore} to create, migrate or refuse it.
     */
    public static DirectSqliteStore openIfCurrent(Path path, long busyTimeoutMs) {
        DatabaseFile.prepare(path);
        NativeDatabase db = NativeDatabase.open(path, busyTimeoutMs);
        try (NativeStatement version = db.prepare("PRAGMA user_version")) {
            if (version.step() && version.longValue(0) == Schema.latestVersion()
                    && Schema.latestVersion() == SCHEMA_VERSION) {
                return new DirectSqliteStore(db, busyTimeoutMs);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        db.close();
        return null;
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        db.exec("BEGIN IMMEDIATE");
        inTransaction = true;
        sequence = new WriteSequence(this::readSequence, this::writeSequence);
        boolean committed = false;
        try {
            T result = work.get();
            sequence.save();
            db.exec("COMMIT");
            committed = true;
            return result;
        } finally {
            inTransaction = false;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    @Override
    public <T> Optional<T> inWriteTransactionIfFree(Supplier<T> work) {
        if (inTransaction) {
            return Optional.ofNullable(work.get());
        }
        try {
            db.busyTimeout(0);
            try {
                return Optional.ofNullable(inWriteTransaction(work));
            } finally {
                db.busyTimeout(busyTimeoutMs);
            }
        } catch (ProntoException e) {
            if (e.exitCode() == ExitCode.BUSY || e.exitCode() == ExitCode.IO) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private long readSequence() {
        try (NativeStatement st = db.prepare(WriteSequence.READ_SQL)) {
            return st.step() ? st.longValue(0) : 0L;
        }
    }

    private void writeSequence(long value) {
        try (NativeStatement st = db.prepare(WriteSequence.WRITE_SQL)) {
            st.bind(1, value);
            st.step();
        }
    }

    private void rollbackQuietly() {
        try {
            db.exec("ROLLBACK");
        } catch (RuntimeException ignored) {
            // SQLite already rolled back (for example after SQLITE_FULL)
        }
    }

    @Override
    public Optional<Entry> get(Address address) {
        try (NativeStatement st = db.prepare(
                "SELECT value, expires_at FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?")) {
            bindAddress(st, address);
            return st.step() ? Optional.of(new Entry(address, st.blob(0), st.nullableLong(1))) : Optional.empty();
        }
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        inWriteTransaction(() -> {
            try (NativeStatement st = db.prepare(SqliteStore.PUT_SQL)) {
                bindAddress(st, address);
                st.bind(5, value).bindNullable(6, expiresAtMillis).bind(7, sequence.next());
                st.step();
            }
            return null;
        });
    }

    /** Puts one row at a time: this store serves single calls; streams and imports use {@link SqliteStore}. */
    @Override
    public BulkPut bulkPut() {
        return new BulkPut() {
            @Override
            public void put(Address address, byte[] value, Long expiresAtMillis) {
                DirectSqliteStore.this.put(address, value, expiresAtMillis);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public BulkInsert bulkInsert(boolean replaceExisting) {
        String sql = "INSERT OR " + (replaceExisting ? "REPLACE" : "IGNORE")
                + " INTO kv (project, namespace, key, context, value, expires_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)";
        return new BulkInsert() {
            private long firstSeq = -1;

            @Override
            public boolean insert(Entry entry) {
                long seq = sequence.next();
                if (firstSeq < 0) {
                    firstSeq = seq;
                }
                return update(sql, st -> {
                    bindAddress(st, entry.address());
                    st.bind(5, entry.value()).bindNullable(6, entry.expiresAt()).bind(7, seq);
                }) > 0;
            }

            @Override
            public long distinctRows() {
                if (firstSeq < 0) {
                    return 0;
                }
                try (NativeStatement st = db.prepare(SqliteStore.COUNT_SEQ_FROM_SQL)) {
                    st.bind(1, firstSeq);
                    return st.step() ? st.longValue(0) : 0L;
                }
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void forEachRow(RowScope scope, boolean includeExpired, long nowMillis, Consumer<Entry> visitor) {
        RowScan.run(db::prepare, db.path(), scope, includeExpired, nowMillis, visitor);
    }

    @Override
    public boolean delete(Address address) {
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?",
                st -> bindAddress(st, address)) > 0;
    }

    @Override
    public void list(ListQuery q, Consumer<Entry> visitor) {
        NamespaceRef ns = q.target().namespace();
        String prefix = q.target().prefix();
        String upper = prefix.isEmpty() ? null : PrefixRange.upperBound(prefix);
        StringBuilder sql = new StringBuilder("SELECT key, context, ")
                .append(q.withValues() ? "value" : "NULL")
                .append(", expires_at FROM kv WHERE project = ? AND namespace = ?");
        if (!prefix.isEmpty()) {
            sql.append(" AND key >= ?");
            if (upper != null) {
                sql.append(" AND key < ?");
            }
        }
        if (!q.includeExpired()) {
            sql.append(" AND ").append(SqliteStore.LIVE);
        }
        sql.append(" ORDER BY key, context");
        try (NativeStatement st = db.prepare(sql.toString())) {
            int i = 1;
            st.bind(i++, ns.project()).bind(i++, ns.namespace());
            if (!prefix.isEmpty()) {
                st.bind(i++, prefix);
                if (upper != null) {
                    st.bind(i++, upper);
                }
            }
            if (!q.includeExpired()) {
                st.bind(i, q.nowMillis());
            }
            while (st.step()) {
                Address address = new Address(ns.project(), ns.namespace(), st.text(0), st.text(1));
                visitor.accept(new Entry(address, q.withValues() ? st.blob(2) : null, st.nullableLong(3)));
            }
        }
    }

    @Override
    public NamespaceSettings settings(NamespaceRef ns) {
        try (NativeStatement st = db.prepare(
                "SELECT kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces WHERE project = ? AND namespace = ?")) {
            st.bind(1, ns.project()).bind(2, ns.namespace());
            if (!st.step()) {
                return NamespaceSettings.STANDARD;
            }
            return new NamespaceSettings(NamespaceKind.fromLabel(st.text(0)), st.nullableLong(1), st.nullableLong(2),
                    st.longValue(3) != 0);
        }
    }

    @Override
    public long countLive(NamespaceRef ns, long nowMillis) {
        try (NativeStatement st = db.prepare(
                "SELECT count(*) FROM kv WHERE project = ? AND namespace = ? AND " + SqliteStore.LIVE)) {
            st.bind(1, ns.project()).bind(2, ns.namespace()).bind(3, nowMillis);
            return st.step() ? st.longValue(0) : 0L;
        }
    }

    @Override
    public long deleteExpired(NamespaceRef ns, long nowMillis) {
        if (ns == null) {
            return update("DELETE FROM kv WHERE expires_at <= ?", st -> st.bind(1, nowMillis));
        }
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND expires_at <= ?",
                st -> st.bind(1, ns.project()).bind(2, ns.namespace()).bind(3, nowMillis));
    }

    @Override
    public long deleteOldest(NamespaceRef ns, long count) {
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND seq IN (SELECT seq FROM kv"
                        + " WHERE project = ? AND namespace = ? ORDER BY seq LIMIT ?)",
                st -> st.bind(1, ns.project()).bind(2, ns.namespace()).bind(3, ns.project()).bind(4, ns.namespace())
                        .bind(5, count));
    }

    @Override
    public void close() {
        db.close();
    }

    private static void bindAddress(NativeStatement st, Address a) {
        st.bind(1, a.project()).bind(2, a.namespace()).bind(3, a.key()).bind(4, a.context());
    }

    /** Runs one INSERT, UPDATE or DELETE in the open write transaction, or in one of its own. */
    private long update(String sql, Consumer<NativeStatement> binder) {
        return inWriteTransaction(() -> {
            try (NativeStatement st = db.prepare(sql)) {
                binder.accept(st);
                st.step();
                return db.changes();
            }
        });
    }
}
