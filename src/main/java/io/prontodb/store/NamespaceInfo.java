package io.prontodb.store;

import io.prontodb.address.NamespaceRef;

/** A namespace that has live keys or declared settings, with its live key count. */
public record NamespaceInfo(NamespaceRef ref, NamespaceSettings settings, long liveKeys) {
}
