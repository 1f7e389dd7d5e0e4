package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.Store;
import java.time.Clock;

/**
 * Writes many keys into one namespace inside the caller's write transaction, with the same expiry and
 * max_items rules as {@link KeyValueService#set}. Without max_items the rows go through one batched statement;
 * with it each write evicts as {@code set} does.
 */
public final class NamespaceWriter implements AutoCloseable {
    private final Clock clock;
    private final NamespaceSettings settings;
    private final KeyValueService evictingWriter;
    private final Store.BulkPut bulk;

    public NamespaceWriter(Store store, Clock clock, NamespaceRef namespace) {
        this.clock = clock;
        this.settings = store.settings(namespace);
        boolean evicts = settings.maxItems() != null;
        this.evictingWriter = evicts ? new KeyValueService(store, clock) : null;
        this.bulk = evicts ? null : store.bulkPut();
    }

    public NamespaceSettings settings() {
        return settings;
    }

    /** Writes a value; {@code ttlSeconds} (nullable) overrides a TTL namespace's timeout. */
    public void put(Address address, byte[] value, Long ttlSeconds) {
        if (evictingWriter != null) {
            evictingWriter.set(address, value, ttlSeconds);
        } else {
            bulk.put(address, value, Expiry.expiresAt(settings, ttlSeconds, clock.millis()));
        }
    }

    /** Sends what is batched; call before the transaction commits. */
    public void flush() {
        if (bulk != null) {
            bulk.flush();
        }
    }

    @Override
    public void close() {
        if (bulk != null) {
            bulk.close();
        }
    }
}
