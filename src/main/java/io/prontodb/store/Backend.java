package io.prontodb.store;

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
}
