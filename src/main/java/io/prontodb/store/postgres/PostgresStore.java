package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.CredentialStore;
import io.prontodb.store.Entry;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A store in a PostgreSQL database (or an engine speaking its protocol). Writes run in READ COMMITTED
 * transactions; a write transaction that reads a namespace's declared settings locks that declaration
 * ({@code SELECT ... FOR UPDATE}), so writers of one cache namespace queue as they do on SQLite and max_items holds.
 * A transaction that fails to serialize (or deadlocks) is run again, unless it streamed rows through a bulk writer.
 */
public final class PostgresStore implements Store {
    private static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";
    private static final int MAX_ATTEMPTS = 8;
    private static final int EXPORT_FETCH_ROWS = 10_000;
    private static final String SET_LOCAL = "SELECT set_config(?, ?, true)";
    private static final String HOLDS_NO_ROW =
            "SELECT NOT EXISTS (SELECT 1 FROM kv WHERE project = ? AND namespace = ?)";
    private static final String NEXT_SEQ = "SELECT nextval('kv_write_seq')";
    private static final String COUNT_WRITTEN_SINCE = "SELECT count(*) FROM kv"
            + " WHERE write_seq > ? AND xmin = pg_current_xact_id()::xid";
    static final String UPSERT = "INSERT INTO kv (project, namespace, key, context, value, expires_at, write_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, nextval('kv_write_seq')) ON CONFLICT (project, namespace, key, context)"
            + " DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at, write_seq = EXCLUDED.write_seq";
    private static final String INSERT_IF_ABSENT = "INSERT INTO kv"
            + " (project, namespace, key, context, value, expires_at, write_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, nextval('kv_write_seq')) ON CONFLICT (project, namespace, key, context) DO NOTHING";
    private static final Comparator<NamespaceRef> BYTE_ORDER = Comparator
            .comparing((NamespaceRef r) -> r.project().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned)
            .thenComparing(r -> r.namespace().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    private final Connection connection;
    private final String target;
    private final Sql db;
    private boolean inTransaction;
    private boolean rerunnable;

    private PostgresStore(Connection connection, String target) {
        this.connection = connection;
        this.target = target;
        this.db = new Sql(connection, target);
    }

    /** Connects, and creates or upgrades ProntoDB's tables; a newer schema than this binary knows is refused. */
    public static PostgresStore open(Target.Postgres target, Environment env, long busyTimeoutMs) {
        PostgresStore store = new PostgresStore(PostgresConnector.connect(target, env, busyTimeoutMs), target.describe());
        try {
            store.migrate();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The connection, for the packages that keep their own tables in this database. */
    public Connection connection() {
        return connection;
    }

    /** Statement helpers bound to this database, for the packages that keep their own tables in it. */
    public Sql sql() {
        return db;
    }

    public String target() {
        return target;
    }

    private void migrate() {
        Integer version = storedVersion(connection, target);
        if (version != null && version == PostgresSchema.latestVersion()) {
            return;
        }
        refuseNewer(version);
        for (int attempt = 1; ; attempt++) {
            try {
                inWriteTransaction(this::upgrade);
                return;
            } catch (ProntoException e) {
                // Two first connections racing to create the tables: the loser retries and finds them made.
                if (attempt == 3 || !(e.getCause() instanceof SQLException cause) || !isCreationRace(cause)) {
                    throw e;
                }
            }
        }
    }

    private Object upgrade() {
        db.execute(PostgresSchema.VERSION_TABLE);
        db.update("INSERT INTO pronto_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING", ps -> { });
        int version = db.query("SELECT version FROM pronto_schema WHERE id = 1 FOR UPDATE", ps -> { },
                rs -> rs.next() ? rs.getInt(1) : 0);
        refuseNewer(version);
        for (int v = version; v < PostgresSchema.latestVersion(); v++) {
            for (String sql : PostgresSchema.MIGRATIONS.get(v)) {
                db.execute(sql);
            }
            int reached = v + 1;
            db.update("UPDATE pronto_schema SET version = ? WHERE id = 1", ps -> ps.setInt(1, reached));
        }
        return null;
    }

    static boolean isCreationRace(SQLException e) {
        return "23505".equals(e.getSQLState()) || "42P07".equals(e.getSQLState()) || "42710".equals(e.getSQLState());
    }

    private void refuseNewer(Integer version) {
        refuseNewer(version, target);
    }

    static void refuseNewer(Integer version, String target) {
        if (version != null && version > PostgresSchema.latestVersion()) {
            throw new ProntoException(ExitCode.ERROR, "database " + target + " has ProntoDB schema version " + version
                    + ", newer than this prontodb knows (" + PostgresSchema.latestVersion() + ")",
                    "upgrade prontodb to open it");
        }
    }

    /** The schema version, or null when the database has no ProntoDB tables yet. */
    static Integer storedVersion(Connection connection, String target) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM pronto_schema WHERE id = 1")) {
            return rs.next() ? rs.getInt(1) : null;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return null;
            }
            throw PostgresErrors.translate(e, target);
        }
    }

    /**
     * Runs {@code work} in one SERIALIZABLE transaction, run again from the start when it fails to serialize; so
     * {@code work} must be replayable. Concurrent writers then either commit before it (it sees their writes) or
     * after it (they write onto its result).
     */
    <T> T inSerializableTransaction(Supplier<T> work) {
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, target);
        }
        try {
            return inWriteTransaction(work);
        } finally {
            try {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException connectionGone) {
                // nothing else runs on a connection that is gone; the failure that ended the work is reported
            }
        }
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            db.begin();
            inTransaction = true;
            rerunnable = true;
            boolean committed = false;
            try {
                T result = work.get();
                db.commit();
                committed = true;
                return result;
            } catch (PostgresErrors.SerializationFailure e) {
                if (!rerunnable || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            } finally {
                inTransaction = false;
                if (!committed) {
                    db.rollbackQuietly();
                }
            }
            pause(attempt);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProntoException(ExitCode.ERROR, "interrupted");
        }
    }

    @Override
    public Optional<Entry> get(Address address) {
        return db.query("SELECT value, expires_at FROM kv WHERE project = ? AND namespace = ? AND key = ? AND context = ?",
                ps -> bindAddress(ps, 1, address),
                rs -> rs.next() ? Optional.of(new Entry(address, rs.getBytes(1), Sql.nullableLong(rs, 2))) : Optional.empty());
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        update(UPSERT, ps -> bindRow(ps, address, value, expiresAtMillis));
    }

    @Override
    public BulkPut bulkPut() {
        rerunnable = false;
        return new PostgresBulkPut(connection, target, null);
    }

    @Override
    public BulkInsert bulkInsert(boolean replaceExisting) {
        rerunnable = false;
        long firstSeq = db.query(NEXT_SEQ, ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L);
        if (replaceExisting) {
            // An import into new namespaces (loading a store) sends its rows by COPY alone.
            PostgresBulkPut batch = new PostgresBulkPut(connection, target, new FreshAddresses(this::holdsNoRow));
            return new BulkInsert() {
                @Override
                public boolean insert(Entry entry) {
                    batch.put(entry.address(), entry.value(), entry.expiresAt());
                    return true;
                }

                @Override
                public void flush() {
                    batch.flush();
                }

                @Override
                public long distinctRows() {
                    batch.flush();
                    return countWrittenSince(firstSeq);
                }

                @Override
                public void close() {
                    try {
                        batch.flush();
                    } finally {
                        batch.close();
                    }
                }
            };
        }
        PreparedStatement ps = db.prepare(INSERT_IF_ABSENT);
        return new BulkInsert() {
            @Override
            public boolean insert(Entry entry) {
                try {
                    bindRow(ps, entry.address(), entry.value(), entry.expiresAt());
                    return ps.executeUpdate() > 0;
                } catch (SQLException e) {
                    throw PostgresErrors.translate(e, target);
                }
            }

            @Override
            public long distinctRows() {
                return countWrittenSince(firstSeq);
            }

            @Override
            public void close() {
                Sql.close(ps, target);
            }
        };
    }

    private boolean holdsNoRow(NamespaceRef ns) {
        return db.query(HOLDS_NO_ROW, ps -> bindNamespace(ps, ns), rs -> rs.next() && rs.getBoolean(1));
    }

    /**
     * Rows whose current version this transaction wrote with a write sequence after {@code firstSeq}; the xmin test
     * leaves out rows that concurrent transactions committed meanwhile, whose sequence values may be higher.
     */
    private long countWrittenSince(long firstSeq) {
        return db.query(COUNT_WRITTEN_SINCE, ps -> ps.setLong(1, firstSeq), rs -> rs.next() ? rs.getLong(1) : 0L);
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
        StringBuilder text = new StringBuilder("SELECT key, context, ")
                .append(q.withValues() ? "value" : "NULL::bytea")
                .append(", expires_at FROM kv WHERE project = ? AND namespace = ?");
        if (!prefix.isEmpty()) {
            text.append(" AND key LIKE ? ESCAPE '\\'");
        }
        if (!q.includeExpired()) {
            text.append(" AND ").append(LIVE);
        }
        text.append(" ORDER BY key, context");
        streamRows(text.toString(), ps -> {
            int i = 1;
            ps.setString(i++, ns.project());
            ps.setString(i++, ns.namespace());
            if (!prefix.isEmpty()) {
                ps.setString(i++, likePrefix(prefix));
            }
            if (!q.includeExpired()) {
                ps.setLong(i, q.nowMillis());
            }
        }, rs -> {
            while (rs.next()) {
                Address address = new Address(ns.project(), ns.namespace(), rs.getString(1), rs.getString(2));
                visitor.accept(new Entry(address, rs.getBytes(3), Sql.nullableLong(rs, 4)));
            }
        });
    }

    /** A LIKE pattern matching exactly the texts that start with {@code prefix}: its wildcards escaped. */
    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Streams the rows with a binary COPY, not a cursor: several times faster for an export. COPY takes no bound
     * parameters, so the filters read theirs from transaction-local settings, set with bound parameters first.
     */
    @Override
    public void forEachRow(RowScope scope, boolean includeExpired, long nowMillis, Consumer<Entry> visitor) {
        Map<String, String> settings = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(
                "COPY (SELECT project, namespace, key, context, value, expires_at FROM kv WHERE TRUE");
        if (scope.project() != null) {
            text.append(" AND project = current_setting('pronto.project')");
            settings.put("pronto.project", scope.project());
        }
        if (scope.namespace() != null) {
            text.append(" AND namespace = current_setting('pronto.namespace')");
            settings.put("pronto.namespace", scope.namespace());
        }
        if (!scope.keyPrefix().isEmpty()) {
            text.append(" AND key LIKE current_setting('pronto.key_prefix') ESCAPE '\\'");
            settings.put("pronto.key_prefix", likePrefix(scope.keyPrefix()));
        }
        if (!includeExpired) {
            text.append(" AND (expires_at IS NULL OR expires_at > current_setting('pronto.now')::bigint)");
            settings.put("pronto.now", Long.toString(nowMillis));
        }
        text.append(" ORDER BY project, namespace, key, context) TO STDOUT (FORMAT binary)");
        inReadTransaction(() -> {
            settings.forEach((name, value) -> db.query(SET_LOCAL, ps -> {
                ps.setString(1, name);
                ps.setString(2, value);
            }, ResultSet::next));
            db.copyOut(text.toString(), copy -> BinaryCopyEntries.read(copy, visitor));
        });
    }

    /** Reads a result in pages of a fetch size (a server cursor needs a transaction), not all at once. */
    private void streamRows(String text, Sql.Binder binder, Sql.Visitor visitor) {
        inReadTransaction(() -> db.stream(text, EXPORT_FETCH_ROWS, binder, visitor));
    }

    /** Runs {@code reads} in the open transaction, or in one of their own. */
    private void inReadTransaction(Runnable reads) {
        if (inTransaction) {
            reads.run();
            return;
        }
        db.begin();
        boolean done = false;
        try {
            reads.run();
            db.commit();
            done = true;
        } finally {
            if (!done) {
                db.rollbackQuietly();
            }
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

    /** Walks the distinct namespaces with one index seek each, so the cost follows namespaces, not keys. */
    @Override
    public List<NamespaceRef> namespaceRefs(String project, long nowMillis) {
        TreeSet<NamespaceRef> found = new TreeSet<>(BYTE_ORDER);
        // Names hold no control characters: namespace + U+0001 is above every key of it and below the next one.
        String next = "SELECT project, namespace FROM kv WHERE (project, namespace) >= (?, ?)"
                + " ORDER BY project, namespace LIMIT 1";
        NamespaceRef at = null;
        while (true) {
            String fromProject = at != null ? at.project() : project != null ? project : "";
            String fromNamespace = at != null ? at.namespace() + "\u0001" : "";
            at = db.query(next, ps -> {
                ps.setString(1, fromProject);
                ps.setString(2, fromNamespace);
            }, rs -> rs.next() ? new NamespaceRef(rs.getString(1), rs.getString(2)) : null);
            if (at == null || project != null && !project.equals(at.project())) {
                break;
            }
            NamespaceRef ns = at;
            boolean live = db.query("SELECT 1 FROM kv WHERE project = ? AND namespace = ? AND " + LIVE + " LIMIT 1",
                    ps -> {
                        bindNamespace(ps, ns);
                        ps.setLong(3, nowMillis);
                    }, ResultSet::next);
            if (live) {
                found.add(ns);
            }
        }
        found.addAll(declaredSettings(project).keySet());
        return List.copyOf(found);
    }

    @Override
    public List<NamespaceInfo> namespaces(String project, long nowMillis) {
        String where = project == null ? "" : " AND project = ?";
        Map<NamespaceRef, Long> counts = db.query(
                "SELECT project, namespace, count(*) FROM kv WHERE " + LIVE + where + " GROUP BY project, namespace",
                ps -> {
                    ps.setLong(1, nowMillis);
                    if (project != null) {
                        ps.setString(2, project);
                    }
                },
                rs -> {
                    Map<NamespaceRef, Long> read = new TreeMap<>(BYTE_ORDER);
                    while (rs.next()) {
                        read.put(new NamespaceRef(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }
                    return read;
                });
        Map<NamespaceRef, NamespaceInfo> merged = new TreeMap<>(BYTE_ORDER);
        counts.forEach((ref, count) -> merged.put(ref, new NamespaceInfo(ref, NamespaceSettings.STANDARD, count)));
        declaredSettings(project).forEach((ref, settings) ->
                merged.put(ref, new NamespaceInfo(ref, settings, counts.getOrDefault(ref, 0L))));
        return List.copyOf(merged.values());
    }

    private Map<NamespaceRef, NamespaceSettings> declaredSettings(String project) {
        return db.query("SELECT project, namespace, kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces"
                        + (project == null ? "" : " WHERE project = ?"),
                ps -> {
                    if (project != null) {
                        ps.setString(1, project);
                    }
                },
                rs -> {
                    Map<NamespaceRef, NamespaceSettings> read = new TreeMap<>(BYTE_ORDER);
                    while (rs.next()) {
                        read.put(new NamespaceRef(rs.getString(1), rs.getString(2)), readSettings(rs, 3));
                    }
                    return read;
                });
    }

    /**
     * Inside a write transaction this locks the namespace's declaration until commit: two writers of a max_items
     * namespace then count and evict one after the other, on PostgreSQL's READ COMMITTED as on any engine with
     * row locks.
     */
    @Override
    public NamespaceSettings settings(NamespaceRef ns) {
        return db.query("SELECT kind, ttl_seconds, max_items, evict_on_read FROM sys_namespaces"
                        + " WHERE project = ? AND namespace = ?" + (inTransaction ? " FOR UPDATE" : ""),
                ps -> bindNamespace(ps, ns),
                rs -> rs.next() ? readSettings(rs, 1) : NamespaceSettings.STANDARD);
    }

    @Override
    public void saveSettings(NamespaceRef ns, NamespaceSettings settings) {
        if (settings.equals(NamespaceSettings.STANDARD)) {
            update("DELETE FROM sys_namespaces WHERE project = ? AND namespace = ?", ps -> bindNamespace(ps, ns));
            return;
        }
        update("INSERT INTO sys_namespaces (project, namespace, kind, ttl_seconds, max_items, evict_on_read)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project, namespace) DO UPDATE SET kind = EXCLUDED.kind,"
                + " ttl_seconds = EXCLUDED.ttl_seconds, max_items = EXCLUDED.max_items,"
                + " evict_on_read = EXCLUDED.evict_on_read", ps -> {
                    bindNamespace(ps, ns);
                    ps.setString(3, settings.kind().label);
                    Sql.setNullableLong(ps, 4, settings.ttlSeconds());
                    Sql.setNullableLong(ps, 5, settings.maxItems());
                    ps.setBoolean(6, settings.evictOnRead());
                });
    }

    @Override
    public long countLive(NamespaceRef ns, long nowMillis) {
        return db.query("SELECT count(*) FROM kv WHERE project = ? AND namespace = ? AND " + LIVE,
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
    public long deleteOldest(NamespaceRef ns, long count) {
        return update("DELETE FROM kv WHERE (project, namespace, key, context) IN (SELECT project, namespace, key, context"
                + " FROM kv WHERE project = ? AND namespace = ? ORDER BY write_seq LIMIT ?)", ps -> {
                    bindNamespace(ps, ns);
                    ps.setLong(3, count);
                });
    }

    /** Skips the cleanup when the transaction cannot be had or fails; it may still wait on a row another holds. */
    @Override
    public <T> Optional<T> inWriteTransactionIfFree(Supplier<T> work) {
        try {
            return Optional.ofNullable(inWriteTransaction(work));
        } catch (ProntoException e) {
            if (e.exitCode() == ExitCode.BUSY || e.exitCode() == ExitCode.IO) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CredentialStore credentials() {
        return new PostgresCredentialStore(this);
    }

    @Override
    public void clearExpiry(NamespaceRef ns) {
        update("UPDATE kv SET expires_at = NULL WHERE project = ? AND namespace = ?", ps -> bindNamespace(ps, ns));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, target);
        }
    }

    private static NamespaceSettings readSettings(ResultSet rs, int first) throws SQLException {
        return new NamespaceSettings(NamespaceKind.fromLabel(rs.getString(first)), Sql.nullableLong(rs, first + 1),
                Sql.nullableLong(rs, first + 2), rs.getBoolean(first + 3));
    }

    static void bindRow(PreparedStatement ps, Address address, byte[] value, Long expiresAt) throws SQLException {
        bindAddress(ps, 1, address);
        ps.setBytes(5, value);
        Sql.setNullableLong(ps, 6, expiresAt);
    }

    private static void bindAddress(PreparedStatement ps, int first, Address a) throws SQLException {
        ps.setString(first, a.project());
        ps.setString(first + 1, a.namespace());
        ps.setString(first + 2, a.key());
        ps.setString(first + 3, a.context());
    }

    private static void bindNamespace(PreparedStatement ps, NamespaceRef ns) throws SQLException {
        ps.setString(1, ns.project());
        ps.setString(2, ns.namespace());
    }

    private long update(String sql, Sql.Binder binder) {
        return inWriteTransaction(() -> db.update(sql, binder));
    }
}
