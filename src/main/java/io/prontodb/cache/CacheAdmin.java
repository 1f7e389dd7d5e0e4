package io.prontodb.cache;

import io.prontodb.ProntoException;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.Store;
import java.time.Clock;
import java.util.List;

/** Declares, changes and drops TTL namespaces, and collects expired keys. */
public final class CacheAdmin {
    private final Store store;
    private final Clock clock;
    private final Delimiter delimiter;

    public CacheAdmin(Store store, Clock clock, Delimiter delimiter) {
        this.store = store;
        this.clock = clock;
        this.delimiter = delimiter;
    }

    public void create(NamespaceRef ns, List<String> settings) {
        store.inWriteTransaction(() -> {
            if (store.settings(ns).isCache()) {
                throw ProntoException.usage(ns.format(delimiter) + " is already a cache",
                        "change it with 'prontodb admin set-cache " + ns.format(delimiter) + " key=value ...'");
            }
            store.saveSettings(ns, CacheSettingsParser.apply(NamespaceSettings.STANDARD, settings));
            return null;
        });
    }

    /** Changes settings; existing keys keep their expiry, later writes use the new timeout. */
    public void update(NamespaceRef ns, List<String> settings) {
        if (settings.isEmpty()) {
            throw ProntoException.usage("no settings given", "settings: timeout=S max_items=N evict_on_read=0|1");
        }
        store.inWriteTransaction(() -> {
            store.saveSettings(ns, CacheSettingsParser.apply(requireCache(ns), settings));
            return null;
        });
    }

    /** Makes the namespace standard: expired keys go, live keys stay without expiry. */
    public void drop(NamespaceRef ns) {
        store.inWriteTransaction(() -> {
            requireCache(ns);
            store.deleteExpired(ns, clock.millis());
            store.clearExpiry(ns);
            store.saveSettings(ns, NamespaceSettings.STANDARD);
            return null;
        });
    }

    /** Deletes every expired key in the database; returns how many. */
    public long collectGarbage() {
        return store.inWriteTransaction(() -> store.deleteExpired(null, clock.millis()));
    }

    private NamespaceSettings requireCache(NamespaceRef ns) {
        NamespaceSettings settings = store.settings(ns);
        if (!settings.isCache()) {
            throw ProntoException.usage(ns.format(delimiter) + " is not a cache",
                    "declare it with 'prontodb admin create-cache " + ns.format(delimiter) + " timeout=S'");
        }
        return settings;
    }
}
