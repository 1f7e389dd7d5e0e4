package io.prontodb.security;

/** What may be shown of an API key: never the key. Times are epoch milliseconds; expiry and revocation nullable. */
public record ApiKeyInfo(long id, String user, String label, long createdAt, Long expiresAt, Long revokedAt) {

    public String state(long nowMillis) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && expiresAt <= nowMillis ? "expired" : "active";
    }
}
