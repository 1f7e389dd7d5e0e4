package io.prontodb.store;

import io.prontodb.address.ListTarget;

/**
 * A listing request: the namespace and key prefix, whether values are needed, and whether expired rows count.
 * {@code nowMillis} decides what is expired.
 */
public record ListQuery(ListTarget target, boolean withValues, boolean includeExpired, long nowMillis) {
}
