package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The storage contract every backend implements (embedded SQLite now). Methods that write join the open write
 * transaction, or run in one of their own. Expiry is data here: rules about it live in the cache package.
 */
public interface Store extends KeyValueStore {

    /** Runs {@code work} in one write transaction (SQLite: BEGIN IMMEDIATE); any exception rolls it back. */
    <T> T inWriteTransaction(Supplier<T> work);

    /** The row at {@code address}, expired or not. */
    Optional<Entry> get(Address address);

    /** Inserts or replaces the row; it becomes the most recently written in its namespace. */
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

    /** Projects that hold live keys or declared namespaces, sorted. */
    List<String> projects(long nowMillis);

    /**
     * Namespaces with live keys or declared settings, in one project or (project null) all, sorted; like
     * {@link #namespaces} without the counts, so it need not read every key.
     */
    List<NamespaceRef> namespaceRefs(String project, long nowMillis);

    /** Namespaces with live keys or declared settings, in one project or (project null) all, sorted. */
    List<NamespaceInfo> namespaces(String project, long nowMillis);

    /** The declared settings of a namespace, or {@link NamespaceSettings#STANDARD}. */
    NamespaceSettings settings(NamespaceRef namespace);

    /** Declares or replaces a namespace's settings; {@link NamespaceSettings#STANDARD} removes the declaration. */
    void saveSettings(NamespaceRef namespace, NamespaceSettings settings);

    /** Live rows in a namespace at {@code nowMillis}. */
    long countLive(NamespaceRef namespace, long nowMillis);

    /** Deletes expired rows, in one namespace or (null) everywhere; returns how many. */
    long deleteExpired(NamespaceRef namespace, long nowMillis);

    /** Deletes the {@code count} least recently written live rows of a namespace, never {@code keep}. */
    long deleteOldest(NamespaceRef namespace, long count, Address keep);

    /**
     * Deletes every row in {@code scope}, expired or not; returns how many. This default reads the rows first and
     * deletes them one by one; a backend overrides it with one statement.
     */
    default long deleteRows(RowScope scope) {
        List<Address> addresses = new ArrayList<>();
        forEachRow(scope, true, 0, entry -> addresses.add(entry.address()));
        long deleted = 0;
        for (Address address : addresses) {
            deleted += delete(address) ? 1 : 0;
        }
        return deleted;
    }

    /** Removes the expiry of every row in a namespace. */
    void clearExpiry(NamespaceRef namespace);

    @Override
    void close();
}
