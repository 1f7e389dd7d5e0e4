package io.prontodb.security;

/**
 * What may be shown of an API key: never the key. Times are epoch milliseconds; expiry and revocation nullable.
 * {@code scopes}: the projects it reaches, {@code PROJECT:ro|rw} grants separated by spaces ({@code *}: all).
 */
public record ApiKeyInfo(long id, String user, String label, long createdAt, Long expiresAt, Long revokedAt,
                         String scopes) {
    /** What a key may reach unless it says otherwise: every project, read and write. */
    public static final String ALL_PROJECTS = "*:rw";


    public String state(long nowMillis) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && expiresAt <= nowMillis ? "expired" : "active";
    }
}
