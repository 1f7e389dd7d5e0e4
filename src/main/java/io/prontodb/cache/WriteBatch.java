package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.KeyValueStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one write path: set, stream, import and import-fs all write through a batch, inside the caller's write
 * transaction. Each row's expiry follows its namespace's settings ({@link Expiry}); {@link #finish()} then evicts,
 * in every max_items namespace the batch wrote, expired keys first and then the least recently written, so the
 * namespace holds at most max_items live keys when the transaction commits. A batch writes values
 * ({@link #put}) or imported entries ({@link #insert}), one kind per batch.
 */
public final class WriteBatch implements AutoCloseable {
    private final KeyValueStore store;
    private final Clock clock;
    private final boolean replaceExisting;
    private final Map<NamespaceRef, NamespaceSettings> settings = new HashMap<>();
    private final Set<NamespaceRef> limited = new LinkedHashSet<>();
    private KeyValueStore.BulkPut puts;
    private BulkInsert inserts;

    /** A batch whose inserts replace existing rows ({@code replaceExisting}) or keep them. */
    public WriteBatch(KeyValueStore store, Clock clock, boolean replaceExisting) {
        this.store = store;
        this.clock = clock;
        this.replaceExisting = replaceExisting;
    }

    public WriteBatch(KeyValueStore store, Clock clock) {
        this(store, clock, true);
    }

    /** The settings of a namespace, read once per batch. */
    public NamespaceSettings settings(NamespaceRef namespace) {
        return settings.computeIfAbsent(namespace, store::settings);
    }

    /** Writes a value; {@code ttlSeconds} (nullable) overrides a TTL namespace's timeout, and is refused elsewhere. */
    public void put(Address address, byte[] value, Long ttlSeconds) {
        NamespaceSettings ns = noteWrite(address);
        Long expiresAt = Expiry.expiresAt(ns, ttlSeconds, clock.millis());
        if (puts == null) {
            puts = store.bulkPut();
        }
        puts.put(address, value, expiresAt);
    }

    /**
     * Writes an imported entry: an {@code expires_at} it carries is kept as given, so an export and import move a
     * store without extending any key's life; without one, a TTL namespace's timeout applies from now, as for set.
     * Returns false when the row existed and the batch keeps existing rows.
     */
    public boolean insert(Entry entry) {
        NamespaceSettings ns = noteWrite(entry.address());
        Entry row = entry.expiresAt() != null || !ns.isCache() ? entry
                : new Entry(entry.address(), entry.value(), Expiry.expiresAt(ns, null, clock.millis()));
        if (inserts == null) {
            inserts = store.bulkInsert(replaceExisting);
        }
        return inserts.insert(row);
    }

    /** How many distinct rows the inserts wrote: an address inserted twice counts once. Call before {@link #finish}. */
    public long distinctInserted() {
        return inserts == null ? 0 : inserts.distinctRows();
    }

    private NamespaceSettings noteWrite(Address address) {
        NamespaceRef namespace = new NamespaceRef(address.project(), address.namespace());
        NamespaceSettings ns = settings(namespace);
        if (ns.maxItems() != null) {
            limited.add(namespace);
        }
        return ns;
    }

    /** Sends what is batched and evicts down to max_items; call before the transaction commits. */
    public void finish() {
        if (puts != null) {
            puts.flush();
        }
        if (inserts != null) {
            inserts.flush();
        }
        long now = clock.millis();
        for (NamespaceRef namespace : limited) {
            store.deleteExpired(namespace, now);
            long over = store.countLive(namespace, now) - settings.get(namespace).maxItems();
            if (over > 0) {
                store.deleteOldest(namespace, over);
            }
        }
        limited.clear();
    }

    @Override
    public void close() {
        if (puts != null) {
            puts.close();
        }
        if (inserts != null) {
            inserts.close();
        }
    }
}
