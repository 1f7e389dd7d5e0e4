package io.prontodb.store;

import io.prontodb.address.Address;

/**
 * One stored value. {@code expiresAt} is epoch milliseconds, or null for no expiry; {@code value} is null
 * when a listing did not ask for values.
 */
public record Entry(Address address, byte[] value, Long expiresAt) {

    public boolean isExpiredAt(long nowMillis) {
        return expiresAt != null && expiresAt <= nowMillis;
    }
}
