package io.prontodb;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.config.Target;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.ImportResult;
import io.prontodb.portability.Progress;
import io.prontodb.portability.RecordReader;
import io.prontodb.security.Security;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.RowScope;
import io.prontodb.security.ApiKeyScopes;
import io.prontodb.store.Snapshots;
import io.prontodb.store.postgres.PostgresSnapshots;
import io.prontodb.store.sqlite.SqliteSnapshots;
import io.prontodb.stream.StreamTokenizer;
import io.prontodb.stream.Token;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library API: every operation a front end (the CLI, the HTTP server) performs on one target. Business rules
 * (TTL, max_items, names, security) hold below it, so every implementation of a backend contract gets them, and a
 * remote implementation can offer the same operations over HTTP.
 */
public interface Pronto extends AutoCloseable {

    /** Opens the data at {@code target} (a SQLite file or a PostgreSQL database), creating and migrating it as needed. */
    static Pronto open(Target target, Clock clock, ProntoOptions options) {
        return StorePronto.open(target, clock, options);
    }

    /**
     * Snapshots of the data at {@code target}, for backup and restore; the target is not opened, so a damaged
     * database can be replaced too. A target that is not a file stages its snapshots in {@code localDirectory}, a
     * private directory of this machine's user (the data directory).
     */
    static Snapshots snapshots(Target target, Path localDirectory, ProntoOptions options) {
        if (target instanceof Target.Sqlite sqlite) {
            return new SqliteSnapshots(sqlite.path(), options.busyTimeoutMs());
        }
        if (target instanceof Target.Postgres postgres) {
            return new PostgresSnapshots(postgres, options.env(), options.busyTimeoutMs(), localDirectory);
        }
        throw ProntoException.usage("backup and restore are not available on a server target ("
                + target.describe() + ")", "run them where the server's own SQLite file or PostgreSQL database is reachable");
    }

    // Key-value

    /** The entry at {@code address}; an expired one only when {@code includeExpired}. Never waits on a writer. */
    Optional<Entry> get(Address address, boolean includeExpired);

    /** Inserts or overwrites; {@code ttlSeconds} (nullable) overrides a TTL namespace's timeout. */
    void set(Address address, byte[] value, Long ttlSeconds);

    /** Deletes the key; true when it existed. */
    boolean delete(Address address);

    /**
     * Copies one live entry (value and expiry) to {@code destination} through the destination's rules; exit 2 when
     * the source is missing, exit 1 when the destination exists and {@code force} is not given.
     */
    void copy(Address source, Address destination, boolean force);

    /** As {@link #copy}, deleting the source in the same transaction. */
    void move(Address source, Address destination, boolean force);

    /** Streams the entries of a listing, sorted byte-wise by key then context. */
    void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor);

    // Discovery

    List<String> projects();

    /** The namespaces with live keys or declared settings, of one project or (null) all, without counts. */
    List<NamespaceRef> namespaceRefs(String project);

    /** Like {@link #namespaceRefs} with settings and live key counts. */
    List<NamespaceInfo> namespaces(String project);

    // TTL caches

    /** Declares a TTL namespace from settings written {@code timeout=S max_items=N evict_on_read=0|1}. */
    void createCache(NamespaceRef namespace, List<String> settings);

    void updateCache(NamespaceRef namespace, List<String> settings);

    void dropCache(NamespaceRef namespace);

    /** Deletes every expired key; returns how many. */
    long collectGarbage();

    /** Live keys of the namespace, or -1 when it holds none and has no settings (nothing to drop). */
    long dropPreview(NamespaceRef namespace);

    /** Live keys of the project, or -1 when it has no namespace with live keys or settings. */
    long dropPreview(String project);

    /** Deletes the namespace's keys and settings; returns how many live keys it held. */
    long dropNamespace(NamespaceRef namespace);

    /** Deletes every key and namespace setting of the project; returns how many live keys it held. */
    long dropProject(String project);

    // Streams, import and export

    /**
     * Writes the data tokens from {@code first} on, one transaction per namespace segment; keys written per namespace.
     * A segment in a project outside {@code scopes} (an API key's) fails like any failing segment.
     */
    Map<String, Long> stream(Scope start, Token first, StreamTokenizer tokens, ApiKeyScopes scopes);

    /** Writes every record in one transaction through the write rules; all or nothing. */
    ImportResult importRecords(RecordReader reader, ConflictPolicy policy, Progress progress);

    /** Writes the live entries of {@code scope} to {@code out} (not closed); returns how many. */
    long export(RowScope scope, ExportFormat format, OutputStream out, Progress progress);

    /** Mirrors the live entries of {@code scope} as files under {@code dir}; returns how many. */
    long exportFs(Path dir, RowScope scope);

    /** Reads a directory written by {@link #exportFs} in one transaction through the write rules. */
    ImportResult importFs(Path dir, ConflictPolicy policy);

    // Users, API keys, sessions

    /** Users, API keys and sessions; the first call seeds the admin user when there is none. */
    Security security();

    @Override
    void close();
}
