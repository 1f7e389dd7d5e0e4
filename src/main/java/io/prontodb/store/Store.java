package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The storage contract every backend implements: the key-value part ({@link KeyValueStore}) plus discovery,
 * namespace settings and the credential store. Expiry is data here: rules about it live in the cache package.
 */
public interface Store extends KeyValueStore {

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

    /** Users, API keys and sessions of the same backend, sharing this store's transactions. */
    CredentialStore credentials();

    @Override
    void close();
}
