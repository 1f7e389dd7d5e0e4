package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tells a bulk write which of its batches cannot meet a stored address, so that they skip the delete before their
 * COPY: a batch whose rows all fall in namespaces that held no row when the write first met them, at addresses the
 * write has not sent before. Addresses are remembered as 64-bit hashes; a repeated hash (a repeated address, or
 * rarely two addresses that share one) only costs that batch its delete. Past a bound on memory every batch deletes.
 */
final class FreshAddresses {
    private static final int MAX_REMEMBERED = 1 << 22;

    private final Predicate<NamespaceRef> emptyNow;
    private final Map<NamespaceRef, Boolean> emptyAtFirstSight = new HashMap<>();
    private long[] slots = new long[1 << 16];
    private int size;

    FreshAddresses(Predicate<NamespaceRef> emptyNow) {
        this.emptyNow = emptyNow;
    }

    /** Notes the batch's addresses as sent; true when none of them can be stored already. */
    boolean allNew(Iterable<Address> batch) {
        boolean allNew = true;
        for (Address address : batch) {
            NamespaceRef namespace = new NamespaceRef(address.project(), address.namespace());
            if (!emptyAtFirstSight.computeIfAbsent(namespace, emptyNow::test) || size >= MAX_REMEMBERED) {
                allNew = false;
            } else if (!remember(hash(address))) {
                allNew = false;
            }
        }
        return allNew;
    }

    /** Adds the hash; false when it was there. Zero marks an empty slot, so a hash of zero is stored as one. */
    private boolean remember(long hash) {
        long h = hash == 0 ? 1 : hash;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return false;
            }
            if (slots[i] == 0) {
                slots[i] = h;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                remember(h);
            }
        }
    }

    /** FNV-1a over the UTF-8 of the four names, each ended by a byte no name holds, then mixed. */
    private static long hash(Address address) {
        long h = 0xcbf29ce484222325L;
        for (String part : new String[] {address.project(), address.namespace(), address.key(), address.context()}) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0xff) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
