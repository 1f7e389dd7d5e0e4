package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.Entry;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.KeyValueStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The key-value rules on top of a {@link KeyValueStore}: expiry on write, lazy expiry on read, and the max_items limit.
 * Front ends (the CLI now) call this rather than the store.
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
        NamespaceRef ns = namespaceOf(address);
        store.inWriteTransaction(() -> {
            long now = clock.millis();
            NamespaceSettings settings = store.settings(ns);
            Long expiresAt = Expiry.expiresAt(settings, ttlSeconds, now);
            if (settings.maxItems() != null) {
                makeRoom(address, settings.maxItems(), now);
            }
            store.put(address, value, expiresAt);
            return null;
        });
    }

    /** Evicts expired keys, then the least recently written, so that writing {@code address} keeps max items. */
    private void makeRoom(Address address, long maxItems, long now) {
        NamespaceRef ns = namespaceOf(address);
        store.deleteExpired(ns, now);
        boolean overwrite = store.get(address).isPresent();
        long after = store.countLive(ns, now) + (overwrite ? 0 : 1);
        if (after > maxItems) {
            store.deleteOldest(ns, after - maxItems, address);
        }
    }

    /** The entry at {@code address}; an expired one is deleted and reported missing unless asked for. */
    public Optional<Entry> get(Address address, boolean includeExpired) {
        long now = clock.millis();
        evictOnRead(namespaceOf(address), now);
        Optional<Entry> entry = store.get(address);
        if (entry.isPresent() && entry.get().isExpiredAt(now) && !includeExpired) {
            store.inWriteTransaction(() -> store.get(address)
                    .filter(e -> e.isExpiredAt(now))
                    .map(e -> store.delete(address)));
            return Optional.empty();
        }
        return entry;
    }

    public boolean delete(Address address) {
        return store.delete(address);
    }

    /** Streams the entries of a listing, sorted, skipping expired ones unless asked for. */
    public void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor) {
        long now = clock.millis();
        evictOnRead(target.namespace(), now);
        store.list(new ListQuery(target, withValues, includeExpired, now), visitor);
    }

    /** In a namespace declared with evict_on_read=1, reads first delete every expired key of the namespace. */
    private void evictOnRead(NamespaceRef ns, long now) {
        NamespaceSettings settings = store.settings(ns);
        if (settings.evictOnRead()) {
            store.deleteExpired(ns, now);
        }
    }

    public long now() {
        return clock.millis();
    }

    private static NamespaceRef namespaceOf(Address address) {
        return new NamespaceRef(address.project(), address.namespace());
    }
}
