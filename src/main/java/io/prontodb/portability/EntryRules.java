package io.prontodb.portability;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NameRules;

/** The name rules an imported entry must meet: the ones every stored entry meets, whatever the delimiter. */
final class EntryRules {
    private EntryRules() {
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong with {@code address}. */
    static void check(Address address) {
        try {
            NameRules.checkEntry(address);
        } catch (ProntoException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
