package io.prontodb;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.cache.CacheAdmin;
import io.prontodb.cache.DropAdmin;
import io.prontodb.cache.KeyTransfer;
import io.prontodb.cache.KeyValueService;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.Exporter;
import io.prontodb.portability.FsMirror;
import io.prontodb.portability.ImportResult;
import io.prontodb.portability.Importer;
import io.prontodb.portability.Progress;
import io.prontodb.portability.RecordReader;
import io.prontodb.security.ApiKeyScopes;
import io.prontodb.security.ScopedStore;
import io.prontodb.security.Security;
import io.prontodb.config.Target;
import io.prontodb.store.Backend;
import io.prontodb.store.Backends;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import io.prontodb.store.sqlite.SqliteBackend;
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
 * {@link Pronto} over a {@link Backend}: its {@link io.prontodb.store.KeyValueStore}, {@link Store} and credentials, with
 * the rules of the cache, security, stream and portability layers on top, so every backend gets the same rules.
 */
final class StorePronto implements Pronto {
    private final Backend backend;
    private final Clock clock;
    private final ProntoOptions options;
    private Security security;

    private StorePronto(Backend backend, Clock clock, ProntoOptions options) {
        this.backend = backend;
        this.clock = clock;
        this.options = options;
    }

    static Pronto open(Target target, Clock clock, ProntoOptions options) {
        Backend backend = target instanceof Target.Sqlite sqlite
                ? new SqliteBackend(sqlite.path(), options.busyTimeoutMs())
                : Backend.of(() -> Backends.open(target, options.env(), options.busyTimeoutMs()));
        return new StorePronto(backend, clock, options);
    }

    private KeyValueService keyValues() {
        return new KeyValueService(backend.keyValues(), clock);
    }

    private CacheAdmin caches() {
        return new CacheAdmin(backend.store(), clock, options.delimiter());
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
        new KeyTransfer(backend.store(), clock, options.delimiter()).copy(source, destination, force);
    }

    @Override
    public void move(Address source, Address destination, boolean force) {
        new KeyTransfer(backend.store(), clock, options.delimiter()).move(source, destination, force);
    }

    @Override
    public void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor) {
        keyValues().list(target, withValues, includeExpired, visitor);
    }

    @Override
    public List<String> projects() {
        return backend.store().projects(clock.millis());
    }

    @Override
    public List<NamespaceRef> namespaceRefs(String project) {
        return backend.store().namespaceRefs(project, clock.millis());
    }

    @Override
    public List<NamespaceInfo> namespaces(String project) {
        return backend.store().namespaces(project, clock.millis());
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
        return new DropAdmin(backend.store(), clock).preview(namespace);
    }

    @Override
    public long dropPreview(String project) {
        return new DropAdmin(backend.store(), clock).preview(project);
    }

    @Override
    public long dropNamespace(NamespaceRef namespace) {
        return new DropAdmin(backend.store(), clock).dropNamespace(namespace);
    }

    @Override
    public long dropProject(String project) {
        return new DropAdmin(backend.store(), clock).dropProject(project);
    }

    @Override
    public Map<String, Long> stream(Scope start, Token first, StreamTokenizer tokens, ApiKeyScopes scopes) {
        Store store = scopes == ApiKeyScopes.ALL ? backend.store() : new ScopedStore(backend.store(), scopes);
        return new StreamRunner(store, clock, start).run(first, tokens);
    }

    @Override
    public ImportResult importRecords(RecordReader reader, ConflictPolicy policy, Progress progress) {
        return new Importer(backend.store(), clock, options.delimiter(), policy, progress).importAll(reader);
    }

    @Override
    public long export(RowScope scope, ExportFormat format, OutputStream out, Progress progress) {
        return new Exporter(backend.keyValues(), progress).export(scope, format, clock.millis(), out);
    }

    @Override
    public long exportFs(Path dir, RowScope scope) {
        return new FsMirror(backend.store(), clock, options.delimiter()).exportTo(dir, scope, clock.millis());
    }

    @Override
    public ImportResult importFs(Path dir, ConflictPolicy policy) {
        return new FsMirror(backend.store(), clock, options.delimiter()).importFrom(dir, policy);
    }

    @Override
    public Security security() {
        if (security == null) {
            security = Security.open(backend.store().credentials(), clock, options.adminPassword());
        }
        return security;
    }

    @Override
    public void close() {
        backend.close();
    }
}
