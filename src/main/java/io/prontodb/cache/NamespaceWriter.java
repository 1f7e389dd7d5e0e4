package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.Store;
import java.time.Clock;

/** Writes many keys into one namespace inside the caller's write transaction, through a {@link WriteBatch}. */
public final class NamespaceWriter implements AutoCloseable {
    private final WriteBatch batch;
    private final NamespaceSettings settings;

    public NamespaceWriter(Store store, Clock clock, NamespaceRef namespace) {
        this.batch = new WriteBatch(store, clock);
        this.settings = batch.settings(namespace);
    }

    public NamespaceSettings settings() {
        return settings;
    }

    /** Writes a value; {@code ttlSeconds} (nullable) overrides a TTL namespace's timeout. */
    public void put(Address address, byte[] value, Long ttlSeconds) {
        batch.put(address, value, ttlSeconds);
    }

    /** Sends what is batched and applies max_items; call before the transaction commits. */
    public void flush() {
        batch.finish();
    }

    @Override
    public void close() {
        batch.close();
    }
}
