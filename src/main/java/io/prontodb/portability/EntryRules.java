package io.prontodb.portability;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NameRules;

/** The name rules an imported entry must meet, the same ones {@code set} applies to an address. */
final class EntryRules {
    private EntryRules() {
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong with {@code address}. */
    static void check(Address address, Delimiter delimiter) {
        try {
            NameRules.check("project", address.project(), delimiter);
            NameRules.check("namespace", address.namespace(), delimiter);
            NameRules.check("key", address.key(), delimiter);
            if (address.hasContext()) {
                NameRules.check("context", address.context(), delimiter);
            }
        } catch (ProntoException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (address.key().contains(NameRules.CONTEXT_SEPARATOR) || address.context().contains(NameRules.CONTEXT_SEPARATOR)) {
            throw new IllegalArgumentException("key and context may not contain '" + NameRules.CONTEXT_SEPARATOR + "'");
        }
    }
}
