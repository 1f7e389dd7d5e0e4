package io.prontodb.cache;

import io.prontodb.ProntoException;
import io.prontodb.store.NamespaceSettings;

/** Decides when a written key expires, from its namespace's settings and an optional --ttl. */
public final class Expiry {
    private Expiry() {
    }

    /** Epoch milliseconds at which a key written at {@code nowMillis} expires, or null for never. */
    public static Long expiresAt(NamespaceSettings settings, Long ttlSeconds, long nowMillis) {
        if (!settings.isCache()) {
            if (ttlSeconds != null) {
                throw ProntoException.usage("--ttl is only allowed in a TTL namespace",
                        "declare one with 'prontodb admin create-cache P.N timeout=S'");
            }
            return null;
        }
        long seconds = ttlSeconds != null ? ttlSeconds : settings.ttlSeconds();
        return nowMillis + Math.multiplyExact(seconds, 1000L);
    }

    /** Whole seconds left, rounded up so a live key never shows 0; -1 when the key never expires. */
    public static long secondsLeft(Long expiresAtMillis, long nowMillis) {
        if (expiresAtMillis == null) {
            return -1;
        }
        return Math.max(0, Math.floorDiv(expiresAtMillis - nowMillis + 999, 1000));
    }

    /** Parses a positive whole number of seconds (or items), as given to --ttl and cache settings. */
    public static long positive(String what, String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0 && value <= Integer.MAX_VALUE * 1000L) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ProntoException.usage(what + " must be a positive whole number, got '" + text + "'");
    }
}
