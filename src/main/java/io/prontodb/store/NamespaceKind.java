package io.prontodb.store;

/** A standard namespace keeps keys until deleted; a TTL namespace gives every key an expiry. */
public enum NamespaceKind {
    STD("std"),
    TTL("ttl");

    public final String label;

    NamespaceKind(String label) {
        this.label = label;
    }

    public static NamespaceKind fromLabel(String label) {
        return label.equals(TTL.label) ? TTL : STD;
    }
}
