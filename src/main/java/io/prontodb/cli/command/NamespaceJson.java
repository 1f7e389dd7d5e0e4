package io.prontodb.cli.command;

import io.prontodb.portability.JsonText;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceSettings;

/** One JSON Lines record describing a namespace. */
public final class NamespaceJson {
    private NamespaceJson() {
    }

    public static String of(NamespaceInfo info) {
        NamespaceSettings s = info.settings();
        return JsonText.object(
                "project", JsonText.string(info.ref().project()),
                "namespace", JsonText.string(info.ref().namespace()),
                "kind", JsonText.string(s.kind().label),
                "ttl", s.ttlSeconds() == null ? "null" : s.ttlSeconds().toString(),
                "max_items", s.maxItems() == null ? "null" : s.maxItems().toString(),
                "evict_on_read", Boolean.toString(s.evictOnRead()),
                "keys", Long.toString(info.liveKeys()));
    }
}
