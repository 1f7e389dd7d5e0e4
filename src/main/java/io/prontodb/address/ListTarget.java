package io.prontodb.address;

/** What a listing command reads: one namespace, restricted to keys that start with {@code prefix}. */
public record ListTarget(NamespaceRef namespace, String prefix) {
}
