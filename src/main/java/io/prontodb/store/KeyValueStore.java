package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the rule layer (get, set, del, listings, every write with its expiry and max_items) and export need from a
 * backend: the part of {@link Store} a single get, set or whole-scope read touches, so a backend can serve those
 * calls through a lighter connection. Methods that write join the open write transaction, or run in one of their own.
 */
public interface KeyValueStore extends AutoCloseable {

    /**
     * Runs {@code work} in one write transaction (SQLite: BEGIN IMMEDIATE); any exception rolls it back. Called
     * inside an open one, it joins it. Writes queue for the lock up to the busy timeout, then fail with exit 75.
     */
    <T> T inWriteTransaction(Supplier<T> work);

    /**
     * Like {@link #inWriteTransaction}, but only when the write lock can be had at once and the data is writable:
     * otherwise empty, without waiting and without an error. For cleanups that a reader may skip.
     */
    <T> Optional<T> inWriteTransactionIfFree(Supplier<T> work);

    /** The row at {@code address}, expired or not. */
    Optional<Entry> get(Address address);

    /** Inserts or replaces the row; it becomes the most recently written in its namespace (see {@link #deleteOldest}). */
    void put(Address address, byte[] value, Long expiresAtMillis);

    /**
     * A writer for many puts that reuses one prepared statement. Use it inside {@link #inWriteTransaction};
     * {@link BulkPut#flush()} before the transaction ends, and close it.
     */
    BulkPut bulkPut();

    /** Inserts or replaces rows in batches; what was not flushed is dropped on close. */
    interface BulkPut extends AutoCloseable {
        void put(Address address, byte[] value, Long expiresAtMillis);

        void flush();

        @Override
        void close();
    }

    /** Deletes the row; true when there was one. */
    boolean delete(Address address);

    /** Streams matching rows, sorted by key then context (byte-wise), to {@code visitor}. */
    void list(ListQuery query, Consumer<Entry> visitor);

    /**
     * Streams the rows in {@code scope} sorted by project, namespace, key and context (byte-wise), reading one
     * row at a time; expired rows only when {@code includeExpired}.
     */
    void forEachRow(RowScope scope, boolean includeExpired, long nowMillis, Consumer<Entry> visitor);

    /** A prepared insert for many rows: replacing rows at the same address, or keeping them. */
    BulkInsert bulkInsert(boolean replaceExisting);

    /** The declared settings of a namespace, or {@link NamespaceSettings#STANDARD}. */
    NamespaceSettings settings(NamespaceRef namespace);

    /** Live rows in a namespace at {@code nowMillis}. */
    long countLive(NamespaceRef namespace, long nowMillis);

    /** Deletes expired rows, in one namespace or (null) everywhere; returns how many. */
    long deleteExpired(NamespaceRef namespace, long nowMillis);

    /**
     * Deletes the {@code count} least recently written rows of a namespace. Every write (put, bulk put, bulk
     * insert) ranks its row after every earlier write, by an explicit write sequence, never by storage order.
     */
    long deleteOldest(NamespaceRef namespace, long count);

    @Override
    void close();
}
