package io.prontodb;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.cache.CacheAdmin;
import io.prontodb.cache.DropAdmin;
import io.prontodb.cache.KeyTransfer;
import io.prontodb.cache.KeyValueService;
import io.prontodb.config.Environment;
import io.prontodb.lifecycle.Backup;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.Exporter;
import io.prontodb.portability.FsMirror;
import io.prontodb.portability.ImportResult;
import io.prontodb.portability.Importer;
import io.prontodb.portability.Progress;
import io.prontodb.portability.RecordReader;
import io.prontodb.security.Security;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import io.prontodb.store.sqlite.SqliteStore;
import io.prontodb.stream.StreamRunner;
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
 * {@link Pronto} over a backend's contracts ({@link Store} and its {@link io.prontodb.store.CredentialStore}), with
 * the rules of the cache, security, stream and portability layers on top, so every backend gets the same rules.
 */
final class StorePronto implements Pronto {
    private final Store store;
    private final Clock clock;
    private final ProntoOptions options;
    private Security security;

    private StorePronto(Store store, Clock clock, ProntoOptions options) {
        this.store = store;
        this.clock = clock;
        this.options = options;
    }

    static Pronto openSqlite(Path path, Clock clock, ProntoOptions options) {
        return new StorePronto(SqliteStore.open(path, options.busyTimeoutMs()), clock, options);
    }

    private KeyValueService keyValues() {
        return new KeyValueService(store, clock);
    }

    private CacheAdmin caches() {
        return new CacheAdmin(store, clock, options.delimiter());
    }

    @Override
    public Optional<Entry> get(Address address, boolean includeExpired) {
        return keyValues().get(address, includeExpired);
    }

    @Override
    public void set(Address address, byte[] value, Long ttlSeconds) {
        keyValues().set(address, value, ttlSeconds);
    }

    @Override
    public boolean delete(Address address) {
        return keyValues().delete(address);
    }

    @Override
    public void copy(Address source, Address destination, boolean force) {
        new KeyTransfer(store, clock, options.delimiter()).copy(source, destination, force);
    }

    @Override
    public void move(Address source, Address destination, boolean force) {
        new KeyTransfer(store, clock, options.delimiter()).move(source, destination, force);
    }

    @Override
    public void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor) {
        keyValues().list(target, withValues, includeExpired, visitor);
    }

    @Override
    public List<String> projects() {
        return store.projects(clock.millis());
    }

    @Override
    public List<NamespaceRef> namespaceRefs(String project) {
        return store.namespaceRefs(project, clock.millis());
    }

    @Override
    public List<NamespaceInfo> namespaces(String project) {
        return store.namespaces(project, clock.millis());
    }

    @Override
    public void createCache(NamespaceRef namespace, List<String> settings) {
        caches().create(namespace, settings);
    }

    @Override
    public void updateCache(NamespaceRef namespace, List<String> settings) {
        caches().update(namespace, settings);
    }

    @Override
    public void dropCache(NamespaceRef namespace) {
        caches().drop(namespace);
    }

    @Override
    public long collectGarbage() {
        return caches().collectGarbage();
    }

    @Override
    public long dropPreview(NamespaceRef namespace) {
        return new DropAdmin(store, clock).preview(namespace);
    }

    @Override
    public long dropPreview(String project) {
        return new DropAdmin(store, clock).preview(project);
    }

    @Override
    public long dropNamespace(NamespaceRef namespace) {
        return new DropAdmin(store, clock).dropNamespace(namespace);
    }

    @Override
    public long dropProject(String project) {
        return new DropAdmin(store, clock).dropProject(project);
    }

    @Override
    public Map<String, Long> stream(Scope start, Token first, StreamTokenizer tokens) {
        return new StreamRunner(store, clock, start).run(first, tokens);
    }

    @Override
    public ImportResult importRecords(RecordReader reader, ConflictPolicy policy, Progress progress) {
        return new Importer(store, clock, options.delimiter(), policy, progress).importAll(reader);
    }

    @Override
    public long export(RowScope scope, ExportFormat format, OutputStream out, Progress progress) {
        return new Exporter(store, progress).export(scope, format, clock.millis(), out);
    }

    @Override
    public long exportFs(Path dir, RowScope scope) {
        return new FsMirror(store, clock, options.delimiter()).exportTo(dir, scope, clock.millis());
    }

    @Override
    public ImportResult importFs(Path dir, ConflictPolicy policy) {
        return new FsMirror(store, clock, options.delimiter()).importFrom(dir, policy);
    }

    @Override
    public Security security() {
        if (security == null) {
            security = Security.open(store.credentials(), clock, options.adminPassword());
        }
        return security;
    }

    @Override
    public void backup(Path out, String ageRecipient, Path configFile, String version, Environment env) {
        if (!(store instanceof SqliteStore sqlite)) {
            throw new ProntoException(ExitCode.ERROR, "backup is not available for this target");
        }
        new Backup(sqlite, configFile, version, clock, env).write(out, ageRecipient);
    }

    @Override
    public void close() {
        store.close();
    }
}
