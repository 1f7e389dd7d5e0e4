package io.prontodb.store;

import java.util.function.Supplier;

/**
 * One caller's connection to a backend: the key-value part for the calls scripts make most (a backend may serve it
 * through a lighter connection), and the full {@link Store}, opened on first use.
 */
public interface Backend extends AutoCloseable {
    /** What get, set, del and the listings use; the full store once that is open. */
    KeyValueStore keyValues();

    /** The full store (created and migrated as needed); opening it ends the lighter connection. */
    Store store();

    @Override
    void close();

    /** A backend without a lighter path: every call uses the store {@code open} gives, opened on first use. */
    static Backend of(Supplier<Store> open) {
        return new Backend() {
            private Store store;

            @Override
            public KeyValueStore keyValues() {
                return store();
            }

            @Override
            public Store store() {
                if (store == null) {
                    store = open.get();
                }
                return store;
            }

            @Override
            public void close() {
                if (store != null) {
                    store.close();
                }
            }
        };
    }
}
