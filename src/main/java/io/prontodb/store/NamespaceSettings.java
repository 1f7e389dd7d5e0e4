package io.prontodb.store;

/** The declared settings of a namespace; {@link #STANDARD} for one that was never declared. */
public record NamespaceSettings(NamespaceKind kind, Long ttlSeconds, Long maxItems, boolean evictOnRead) {
    public static final NamespaceSettings STANDARD = new NamespaceSettings(NamespaceKind.STD, null, null, false);

    public boolean isCache() {
        return kind == NamespaceKind.TTL;
    }
}
