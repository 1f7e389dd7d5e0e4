package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.util.List;
import java.util.function.Consumer;

/**
 * The storage contract every backend implements (embedded SQLite now). Methods that write join the open write
 * transaction, or run in one of their own. Expiry is data here: rules about it live in the cache package.
 */
public interface Store extends KeyValueStore {

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

    /** Declares or replaces a namespace's settings; {@link NamespaceSettings#STANDARD} removes the declaration. */
    void saveSettings(NamespaceRef namespace, NamespaceSettings settings);

    /** Removes the expiry of every row in a namespace. */
    void clearExpiry(NamespaceRef namespace);

    @Override
    void close();
}
