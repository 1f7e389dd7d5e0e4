package io.prontodb.cache;

import io.prontodb.address.NamespaceRef;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import java.time.Clock;

/** Drops a namespace or a whole project: every key and the namespace settings, in one transaction. */
public final class DropAdmin {
    private final Store store;
    private final Clock clock;

    public DropAdmin(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Live keys of the namespace, or -1 when it holds none and has no settings (nothing to drop). */
    public long preview(NamespaceRef ns) {
        long live = store.countLive(ns, clock.millis());
        return live == 0 && store.settings(ns).equals(NamespaceSettings.STANDARD) ? -1 : live;
    }

    /** Live keys of the project, or -1 when it has no namespace with live keys or settings. */
    public long preview(String project) {
        long now = clock.millis();
        long live = -1;
        for (NamespaceRef ns : store.namespaceRefs(project, now)) {
            live = Math.max(live, 0) + store.countLive(ns, now);
        }
        return live;
    }

    /** Deletes the namespace's keys (expired ones too) and its settings; returns how many live keys it held. */
    public long dropNamespace(NamespaceRef ns) {
        return store.inWriteTransaction(() -> {
            long live = store.countLive(ns, clock.millis());
            store.deleteRows(new RowScope(ns.project(), ns.namespace(), ""));
            store.saveSettings(ns, NamespaceSettings.STANDARD);
            return live;
        });
    }

    /** Deletes every key and namespace setting of the project; returns how many live keys it held. */
    public long dropProject(String project) {
        return store.inWriteTransaction(() -> {
            long now = clock.millis();
            long live = 0;
            for (NamespaceRef ns : store.namespaceRefs(project, now)) {
                live += store.countLive(ns, now);
                store.saveSettings(ns, NamespaceSettings.STANDARD);
            }
            store.deleteRows(new RowScope(project, null, ""));
            return live;
        });
    }
}
