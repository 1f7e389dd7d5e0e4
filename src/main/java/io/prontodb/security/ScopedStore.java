package io.prontodb.security;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.CredentialStore;
import io.prontodb.store.Entry;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A store that refuses every read and write outside an API key's scopes ({@link OutOfScope}; 403 from the server).
 * A stream runs on it, so a namespace segment in a project the key may not write is rolled back like any failing
 * segment.
 */
public final class ScopedStore implements Store {
    private final Store store;
    private final ApiKeyScopes scopes;

    public ScopedStore(Store store, ApiKeyScopes scopes) {
        this.store = store;
        this.scopes = scopes;
    }

    private void requireWrite(String project) {
        if (!scopes.allowsWrite(project)) {
            throw new OutOfScope(project, true);
        }
    }

    public void requireRead(String project) {
        if (!scopes.allowsRead(project)) {
            throw new OutOfScope(project, false);
        }
    }

    @Override
    public <T> T inWriteTransaction(Supplier<T> work) {
        return store.inWriteTransaction(work);
    }

    @Override
    public Optional<Entry> get(Address address) {
        requireRead(address.project());
        return store.get(address);
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        requireWrite(address.project());
        store.put(address, value, expiresAtMillis);
    }

    @Override
    public BulkPut bulkPut() {
        BulkPut bulk = store.bulkPut();
        return new BulkPut() {
            @Override
            public void put(Address address, byte[] value, Long expiresAtMillis) {
                requireWrite(address.project());
                bulk.put(address, value, expiresAtMillis);
            }

            @Override
            public void flush() {
                bulk.flush();
            }

            @Override
            public void close() {
                bulk.close();
            }
        };
    }

    @Override
    public boolean delete(Address address) {
        requireWrite(address.project());
        return store.delete(address);
    }

    @Override
    public void list(ListQuery query, Consumer<Entry> visitor) {
        requireRead(query.target().namespace().project());
        store.list(query, visitor);
    }

    @Override
    public void forEachRow(RowScope scope, boolean includeExpired, long nowMillis, Consumer<Entry> visitor) {
        store.forEachRow(scope, includeExpired, nowMillis, entry -> {
            if (scopes.allowsRead(entry.address().project())) {
                visitor.accept(entry);
            }
        });
    }

    @Override
    public BulkInsert bulkInsert(boolean replaceExisting) {
        BulkInsert bulk = store.bulkInsert(replaceExisting);
        return new BulkInsert() {
            @Override
            public boolean insert(Entry entry) {
                requireWrite(entry.address().project());
                return bulk.insert(entry);
            }

            @Override
            public void flush() {
                bulk.flush();
            }

            @Override
            public long distinctRows() {
                return bulk.distinctRows();
            }

            @Override
            public void close() {
                bulk.close();
            }
        };
    }

    @Override
    public List<String> projects(long nowMillis) {
        return store.projects(nowMillis).stream().filter(scopes::allowsRead).toList();
    }

    @Override
    public List<NamespaceRef> namespaceRefs(String project, long nowMillis) {
        return store.namespaceRefs(project, nowMillis).stream().filter(ns -> scopes.allowsRead(ns.project())).toList();
    }

    @Override
    public List<NamespaceInfo> namespaces(String project, long nowMillis) {
        return store.namespaces(project, nowMillis).stream().filter(ns -> scopes.allowsRead(ns.ref().project())).toList();
    }

    @Override
    public NamespaceSettings settings(NamespaceRef namespace) {
        return store.settings(namespace);
    }

    @Override
    public void saveSettings(NamespaceRef namespace, NamespaceSettings settings) {
        requireWrite(namespace.project());
        store.saveSettings(namespace, settings);
    }

    @Override
    public long countLive(NamespaceRef namespace, long nowMillis) {
        return store.countLive(namespace, nowMillis);
    }

    @Override
    public long deleteExpired(NamespaceRef namespace, long nowMillis) {
        requireWrite(namespace == null ? ProjectGrant.ANY_PROJECT : namespace.project());
        return store.deleteExpired(namespace, nowMillis);
    }

    @Override
    public long deleteOldest(NamespaceRef namespace, long count) {
        requireWrite(namespace.project());
        return store.deleteOldest(namespace, count);
    }

    @Override
    public <T> Optional<T> inWriteTransactionIfFree(Supplier<T> work) {
        return store.inWriteTransactionIfFree(work);
    }

    @Override
    public CredentialStore credentials() {
        return store.credentials();
    }

    @Override
    public void clearExpiry(NamespaceRef namespace) {
        requireWrite(namespace.project());
        store.clearExpiry(namespace);
    }

    @Override
    public void close() {
        store.close();
    }
}
