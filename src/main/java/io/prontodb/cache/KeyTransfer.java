package io.prontodb.cache;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.store.Entry;
import io.prontodb.store.Store;
import java.time.Clock;
import java.util.Optional;

/**
 * copy and move: one entry, value and expiry, to another address in one transaction, written through the same
 * rules as set (a TTL destination gives an entry without expiry its timeout; max_items evicts).
 */
public final class KeyTransfer {
    private final Store store;
    private final Clock clock;
    private final Delimiter delimiter;

    public KeyTransfer(Store store, Clock clock, Delimiter delimiter) {
        this.store = store;
        this.clock = clock;
        this.delimiter = delimiter;
    }

    public void copy(Address source, Address destination, boolean force) {
        transfer(source, destination, force, false);
    }

    public void move(Address source, Address destination, boolean force) {
        transfer(source, destination, force, true);
    }

    private void transfer(Address source, Address destination, boolean force, boolean move) {
        if (source.equals(destination)) {
            throw ProntoException.usage("source and destination are the same key: " + source.format(delimiter));
        }
        store.inWriteTransaction(() -> {
            long now = clock.millis();
            Entry entry = live(source, now).orElseThrow(() ->
                    new ProntoException(ExitCode.MISS, "not found: " + source.format(delimiter)));
            if (!force && live(destination, now).isPresent()) {
                throw new ProntoException(ExitCode.ERROR, "destination exists: " + destination.format(delimiter),
                        "add --force to overwrite it");
            }
            // A move frees its source first, so max_items never evicts another key to make room for it.
            if (move) {
                store.delete(source);
            }
            try (WriteBatch batch = new WriteBatch(store, clock)) {
                batch.insert(new Entry(destination, entry.value(), entry.expiresAt()));
                batch.finish();
            }
            return null;
        });
    }

    private Optional<Entry> live(Address address, long now) {
        return store.get(address).filter(entry -> !entry.isExpiredAt(now));
    }
}
