package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the key-value rules (get, set, del, listings, expiry, max_items) need from a backend: the part of
 * {@link Store} a single get or set touches, so a backend can serve those calls through a lighter connection.
 */
public interface KeyValueStore extends AutoCloseable {

    /** Runs {@code work} in one write transaction (SQLite: BEGIN IMMEDIATE); any exception rolls it back. */
    <T> T inWriteTransaction(Supplier<T> work);

    /** The row at {@code address}, expired or not. */
    Optional<Entry> get(Address address);

    /** Inserts or replaces the row; it becomes the most recently written in its namespace. */
    void put(Address address, byte[] value, Long expiresAtMillis);

    /** Deletes the row; true when there was one. */
    boolean delete(Address address);

    /** Streams matching rows, sorted by key then context (byte-wise), to {@code visitor}. */
    void list(ListQuery query, Consumer<Entry> visitor);

    /** The declared settings of a namespace, or {@link NamespaceSettings#STANDARD}. */
    NamespaceSettings settings(NamespaceRef namespace);

    /** Live rows in a namespace at {@code nowMillis}. */
    long countLive(NamespaceRef namespace, long nowMillis);

    /** Deletes expired rows, in one namespace or (null) everywhere; returns how many. */
    long deleteExpired(NamespaceRef namespace, long nowMillis);

    /** Deletes the {@code count} least recently written live rows of a namespace, never {@code keep}. */
    long deleteOldest(NamespaceRef namespace, long count, Address keep);

    @Override
    void close();
}
