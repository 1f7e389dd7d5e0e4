package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.Entry;
import io.prontodb.store.ListQuery;
import io.prontodb.store.KeyValueStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The key-value rules on top of a {@link KeyValueStore}: writes through {@link WriteBatch} (expiry, max_items), lazy
 * expiry on read, and evict_on_read as a cleanup that never holds up a read.
 */
public final class KeyValueService {
    private final KeyValueStore store;
    private final Clock clock;

    public KeyValueService(KeyValueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes a value; {@code ttlSeconds} (nullable) overrides a TTL namespace's timeout. */
    public void set(Address address, byte[] value, Long ttlSeconds) {
        store.inWriteTransaction(() -> {
            try (WriteBatch batch = new WriteBatch(store, clock)) {
                batch.put(address, value, ttlSeconds);
                batch.finish();
            }
            return null;
        });
    }

    /**
     * The entry at {@code address}; an expired one is reported missing unless asked for. The read never waits on
     * a writer: removing the expired row it met (or, with evict_on_read, every expired row of the namespace) is a
     * cleanup done only when the write lock is free, and skipped when asked for expired rows.
     */
    public Optional<Entry> get(Address address, boolean includeExpired) {
        long now = clock.millis();
        Optional<Entry> entry = store.get(address);
        if (includeExpired) {
            return entry;
        }
        NamespaceRef ns = namespaceOf(address);
        boolean expired = entry.isPresent() && entry.get().isExpiredAt(now);
        if (store.settings(ns).evictOnRead()) {
            store.inWriteTransactionIfFree(() -> store.deleteExpired(ns, now));
        } else if (expired) {
            store.inWriteTransactionIfFree(() -> store.get(address)
                    .filter(e -> e.isExpiredAt(now))
                    .map(e -> store.delete(address)));
        }
        return expired ? Optional.empty() : entry;
    }

    public boolean delete(Address address) {
        return store.delete(address);
    }

    /** Streams the entries of a listing, sorted, skipping expired ones unless asked for. */
    public void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor) {
        long now = clock.millis();
        store.list(new ListQuery(target, withValues, includeExpired, now), visitor);
        NamespaceRef ns = target.namespace();
        if (!includeExpired && store.settings(ns).evictOnRead()) {
            store.inWriteTransactionIfFree(() -> store.deleteExpired(ns, now));
        }
    }

    private static NamespaceRef namespaceOf(Address address) {
        return new NamespaceRef(address.project(), address.namespace());
    }
}
