package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.CredentialStore;
import io.prontodb.store.Entry;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.jdbc4.JDBC4Connection;

/** The embedded SQLite store: one file, WAL, every write in BEGIN IMMEDIATE. */
public final class SqliteStore implements Store {
    static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";
    /** Rows written from a write sequence on: within one write transaction, the rows that transaction wrote. */
    static final String COUNT_SEQ_FROM_SQL = "SELECT count(*) FROM kv WHERE seq >= ?";
    static final String PUT_SQL = "INSERT OR REPLACE INTO kv (project, namespace, key, context, value, expires_at, seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final Path path;
    private final Jdbc jdbc;
    private final long busyTimeoutMs;
    private boolean inTransaction;
    /** The write sequence of the open write transaction; a new one per transaction. */
    private WriteSequence sequence;

    private SqliteStore(Connection connection, Path path, long busyTimeoutMs) {
        this.connection = connection;
        this.path = path;
        this.busyTimeoutMs = busyTimeoutMs;
        this.jdbc = new Jdbc(connection, path);
    }

    /** Opens (creating when absent, with private file modes) and migrates the database at {@code path}. */
    public static SqliteStore open(Path path, long busyTimeoutMs) {
        DatabaseFile.prepare(path);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeoutMs));
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Otherwise the driver runs "SELECT last_insert_rowid()" after every insert: it doubles bulk import time.
        config.setGetGeneratedKeys(false);
        // One thread at a time uses a connection (the server's pool hands each store to one request), so SQLite's
        // per-call connection mutex is only cost: a lock and an unlock around every step and column read.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        try {
            String name = DatabaseFile.driverName(path);
            Connection connection = new JDBC4Connection("jdbc:sqlite:" + name, name, config.toProperties());
            SqliteStore store = new SqliteStore(connection, path, busyTimeoutMs);
            try {
                store.migrate();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return store;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    private void migrate() throws SQLException {
        int version = userVersion();
        if (version == Schema.latestVersion()) {
            return;
        }
        if (version > Schema.latestVersion()) {
            throw new ProntoException(ExitCode.ERROR, "database " + path + " has schema version " + version
                    + ", newer than this prontodb knows (" + Schema.latestVersion() + ")",
                    "upgrade prontodb to open it");
        }
        if (version == 0) {
            execute("PRAGMA journal_mode=WAL");
        }
        inWriteTransaction(() -> {
            try (Statement st = connection.createStatement()) {
                for (int v = userVersion(); v < Schema.latestVersion(); v++) {
                    for (String sql : Schema.MIGRATIONS.get(v)) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + (v + 1));
                }
                return null;
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, path);
            }
        });
    }

    private int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The JDBC connection, for the packages that keep their own tables in this database. */
    public Connection connection() {
        return connection;
    }

    /** Statement helpers bound to this database, for the classes that keep their own tables in it. */
    Jdbc jdbc() {
        return jdbc;
    }

    public Path path() {
        return path;
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        execute("BEGIN IMMEDIATE");
        inTransaction = true;
        sequence = WriteSequence.over(jdbc);
        boolean committed = false;
        try {
            T result = work.get();
            sequence.save();
            execute("COMMIT");
            committed = true;
            return result;
        } finally {
            inTransaction = false;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    /**
     * Runs {@code work} in a write transaction only when the write lock is free now: a busy, locked or read-only
     * database gives empty at once instead of waiting or failing. For cleanups a reader may skip.
     */
    @Override
    public <T> Optional<T> inWriteTransactionIfFree(Supplier<T> work) {
        if (inTransaction) {
            return Optional.ofNullable(work.get());
        }
        try {
            setBusyTimeout(0);
            try {
                return Optional.ofNullable(inWriteTransaction(work));
            } finally {
                setBusyTimeout(busyTimeoutMs);
            }
        } catch (ProntoException e) {
            if (e.exitCode() == ExitCode.BUSY || e.exitCode() == ExitCode.IO) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void setBusyTimeout(long millis) {
        try {
            ((org.sqlite.SQLiteConnection) connection).setBusyTimeout((int) Math.min(Integer.MAX_VALUE, millis));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    private void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    private void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite already rolled back (for example after SQLITE_FULL)
        }
    }

    @Override
    public Optional<Entry> get(Address address) {
        return query("SELECT value, expires_at FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?",
                ps -> bindAddress(ps, 1, address),
                rs -> rs.next() ? Optional.of(new Entry(address, rs.getBytes(1), Jdbc.nullableLong(rs, 2))) : Optional.empty());
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        update(PUT_SQL,
                ps -> {
                    bindAddress(ps, 1, address);
                    ps.setBytes(5, value);
                    Jdbc.setNullableLong(ps, 6, expiresAtMillis);
                    ps.setLong(7, sequence.next());
                });
    }

    @Override
    public BulkPut bulkPut() {
        try {
            return new SqliteBulkPut(connection.prepareStatement(PUT_SQL), sequence, path);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    @Override
    public boolean delete(Address address) {
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?",
                ps -> bindAddress(ps, 1, address)) > 0;
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
            sql.append(" AND ").append(LIVE);
        }
        sql.append(" ORDER BY key, context");
        query(sql.toString(), ps -> {
            int i = 1;
            ps.setString(i++, ns.project());
            ps.setString(i++, ns.namespace());
            if (!prefix.isEmpty()) {
                ps.setString(i++, prefix);
                if (upper != null) {
                    ps.setString(i++, upper);
                }
            }
            if (!q.includeExpired()) {
                ps.setLong(i, q.nowMillis());
            }
        }, rs -> {
            while (rs.next()) {
                Address address = new Address(ns.project(), ns.namespace(), rs.getString(1), rs.getString(2));
                visitor.accept(new Entry(address, rs.getBytes(3), Jdbc.nullableLong(rs, 4)));
            }
            return null;
        });
    }

    @Override
    public void forEachRow(RowScope scope, boolean includeExpired, long nowMillis, Consumer<Entry> visitor) {
        RowScan.run(sql -> NativeStatement.prepare(connection, sql, path), path, scope, includeExpired, nowMillis,
                visitor);
    }

    @Override
    public BulkInsert bulkInsert(boolean replaceExisting) {
        String sql = "INSERT OR " + (replaceExisting ? "REPLACE" : "IGNORE")
                + " INTO kv (project, namespace, key, context, value, expires_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try {
            PreparedStatement ps = connection.prepareStatement(sql);
            return new BulkInsert() {
                private long firstSeq = -1;

                @Override
                public boolean insert(Entry entry) {
                    try {
                        long seq = sequence.next();
                        if (firstSeq < 0) {
                            firstSeq = seq;
                        }
                        bindAddress(ps, 1, entry.address());
                        ps.setBytes(5, entry.value());
                        Jdbc.setNullableLong(ps, 6, entry.expiresAt());
                        ps.setLong(7, seq);
                        return ps.executeUpdate() > 0;
                    } catch (SQLException e) {
                        throw SqliteErrors.translate(e, path);
                    }
                }

                @Override
                public long distinctRows() {
                    return firstSeq < 0 ? 0 : query(COUNT_SEQ_FROM_SQL, q -> q.setLong(1, firstSeq),
                            rs -> rs.next() ? rs.getLong(1) : 0L);
                }

                @Override
                public void close() {
                    try {
                        ps.close();
                    } catch (SQLException e) {
                        throw SqliteErrors.translate(e, path);
                    }
                }
            };
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    @Override
    public List<String> projects(long nowMillis) {
        List<String> projects = new ArrayList<>();
        for (NamespaceRef ref : namespaceRefs(null, nowMillis)) {
            if (projects.isEmpty() || !projects.get(projects.size() - 1).equals(ref.project())) {
                projects.add(ref.project());
            }
        }
        return projects;
    }

    /**
     * Walks the distinct namespaces with one index seek each (SQLite has no loose index scan of its own), so the
     * cost follows the number of namespaces, not of keys; a namespace counts when it has one live key.
     */
    @Override
    public List<NamespaceRef> namespaceRefs(String project, long nowMillis) {
        Set<NamespaceRef> found = new TreeSet<>(SqliteStore::compareRefs);
        // A ">=" seek on (project, namespace) only: "project = ?" or a ">" bound would make SQLite step over every key
        // of the namespace just visited. Names hold no control characters, so namespace + U+0001 is a bound below
        // every later namespace and above every key of this one.
        String next = "SELECT project, namespace FROM kv WHERE (project, namespace) >= (?, ?)"
                + " ORDER BY project, namespace LIMIT 1";
        NamespaceRef at = null;
        while (true) {
            String fromProject = at != null ? at.project() : project != null ? project : "";
            String fromNamespace = at != null ? at.namespace() + "\u0001" : "";
            at = query(next, ps -> {
                ps.setString(1, fromProject);
                ps.setString(2, fromNamespace);
            }, rs -> rs.next() ? new NamespaceRef(rs.getString(1), rs.getString(2)) : null);
            if (at == null || project != null && !project.equals(at.project())) {
                break;
            }
            if (hasLiveKey(at, nowMillis)) {
                found.add(at);
            }
        }
        found.addAll(declaredSettings(project).keySet());
        return List.copyOf(found);
    }

    private boolean hasLiveKey(NamespaceRef ns, long nowMillis) {
        return query("SELECT 1 FROM kv WHERE project = ? AND namespace = ? AND " + LIVE + " LIMIT 1", ps -> {
            bindNamespace(ps, ns);
            ps.setLong(3, nowMillis);
        }, ResultSet::next);
    }

    @Override
    public List<NamespaceInfo> namespaces(String project, long nowMillis) {
        String where = project == null ? "" : " AND project = ?";
        Map<NamespaceRef, Long> counts = query(
                "SELECT project, namespace, count(*) FROM kv WHERE " + LIVE + where + " GROUP BY project, namespace",
                ps -> {
                    ps.setLong(1, nowMillis);
                    if (project != null) {
                        ps.setString(2, project);
                    }
                },
                rs -> {
                    Map<NamespaceRef, Long> found = new TreeMap<>(SqliteStore::compareRefs);
                    while (rs.next()) {
                        found.put(new NamespaceRef(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                    return found;
                });
        Map<NamespaceRef, NamespaceSettings> declared = declaredSettings(project);
        Map<NamespaceRef, NamespaceInfo> merged = new TreeMap<>(SqliteStore::compareRefs);
        counts.forEach((ref, count) -> merged.put(ref, new NamespaceInfo(ref, NamespaceSettings.STANDARD, count)));
        declared.forEach((ref, settings) -> merged.put(ref, new NamespaceInfo(ref, settings, counts.getOrDefault(ref, 0L))));
        return List.copyOf(merged.values());
    }

    /** The declared namespaces of one project or (null) all, sorted. */
    private Map<NamespaceRef, NamespaceSettings> declaredSettings(String project) {
        return query("SELECT project, namespace, kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces"
                        + (project == null ? "" : " WHERE project = ?"),
                ps -> {
                    if (project != null) {
                        ps.setString(1, project);
                    }
                },
                rs -> {
                    Map<NamespaceRef, NamespaceSettings> found = new TreeMap<>(SqliteStore::compareRefs);
                    while (rs.next()) {
                        found.put(new NamespaceRef(rs.getString(1), rs.getString(2)), readSettings(rs, 3));
                    }
                    return found;
                });
    }

    /** Byte-wise UTF-8 order, the order SQLite sorts text in. */
    private static int compareRefs(NamespaceRef a, NamespaceRef b) {
        int byProject = Utf8Order.compare(a.project(), b.project());
        return byProject != 0 ? byProject : Utf8Order.compare(a.namespace(), b.namespace());
    }

    @Override
    public NamespaceSettings settings(NamespaceRef ns) {
        return query("SELECT kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces WHERE project = ? AND namespace = ?",
                ps -> bindNamespace(ps, ns),
                rs -> rs.next() ? readSettings(rs, 1) : NamespaceSettings.STANDARD);
    }

    @Override
    public void saveSettings(NamespaceRef ns, NamespaceSettings settings) {
        if (settings.equals(NamespaceSettings.STANDARD)) {
            update("DELETE FROM sys_namespaces WHERE project = ? AND namespace = ?", ps -> bindNamespace(ps, ns));
            return;
        }
        update("INSERT OR REPLACE INTO sys_namespaces (project, namespace, kind, ttl_seconds, max_items, evict_on_read)"
                + " VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                    bindNamespace(ps, ns);
                    ps.setString(3, settings.kind().label);
                    Jdbc.setNullableLong(ps, 4, settings.ttlSeconds());
                    Jdbc.setNullableLong(ps, 5, settings.maxItems());
                    ps.setInt(6, settings.evictOnRead() ? 1 : 0);
                });
    }

    @Override
    public long countLive(NamespaceRef ns, long nowMillis) {
        return query("SELECT count(*) FROM kv WHERE project = ? AND namespace = ? AND " + LIVE,
                ps -> {
                    bindNamespace(ps, ns);
                    ps.setLong(3, nowMillis);
                },
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    @Override
    public long deleteExpired(NamespaceRef ns, long nowMillis) {
        if (ns == null) {
            return update("DELETE FROM kv WHERE expires_at <= ?", ps -> ps.setLong(1, nowMillis));
        }
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND expires_at <= ?", ps -> {
            bindNamespace(ps, ns);
            ps.setLong(3, nowMillis);
        });
    }

    @Override
    public long deleteRows(RowScope scope) {
        if (!scope.keyPrefix().isEmpty() || scope.project() == null) {
            return Store.super.deleteRows(scope);
        }
        if (scope.namespace() == null) {
            return update("DELETE FROM kv WHERE project = ?", ps -> ps.setString(1, scope.project()));
        }
        return update("DELETE FROM kv WHERE project = ? AND namespace = ?",
                ps -> bindNamespace(ps, new NamespaceRef(scope.project(), scope.namespace())));
    }

    @Override
    public long deleteOldest(NamespaceRef ns, long count) {
        return update("DELETE FROM kv WHERE project = ? AND namespace = ? AND seq IN (SELECT seq FROM kv"
                + " WHERE project = ? AND namespace = ? ORDER BY seq LIMIT ?)", ps -> {
                    bindNamespace(ps, ns);
                    ps.setString(3, ns.project());
                    ps.setString(4, ns.namespace());
                    ps.setLong(5, count);
                });
    }

    @Override
    public void clearExpiry(NamespaceRef ns) {
        update("UPDATE kv SET expires_at = NULL WHERE project = ? AND namespace = ?", ps -> bindNamespace(ps, ns));
    }

    @Override
    public CredentialStore credentials() {
        return new SqliteCredentialStore(this);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    private static NamespaceSettings readSettings(ResultSet rs, int first) throws SQLException {
        return new NamespaceSettings(NamespaceKind.fromLabel(rs.getString(first)), Jdbc.nullableLong(rs, first + 1),
                Jdbc.nullableLong(rs, first + 2), rs.getInt(first + 3) != 0);
    }

    static void bindAddress(PreparedStatement ps, int first, Address a) throws SQLException {
        ps.setString(first, a.project());
        ps.setString(first + 1, a.namespace());
        ps.setString(first + 2, a.key());
        ps.setString(first + 3, a.context());
    }

    private static void bindNamespace(PreparedStatement ps, NamespaceRef ns) throws SQLException {
        ps.setString(1, ns.project());
        ps.setString(2, ns.namespace());
    }

    private <T> T query(String sql, Jdbc.Binder binder, Jdbc.Reader<T> reader) {
        return jdbc.query(sql, binder, reader);
    }

    private long update(String sql, Jdbc.Binder binder) {
        return inWriteTransaction(() -> jdbc.update(sql, binder));
    }
}
