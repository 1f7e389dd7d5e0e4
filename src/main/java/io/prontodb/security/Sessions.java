package io.prontodb.security;

import io.prontodb.store.CredentialStore;
import java.time.Clock;
import java.util.Optional;

/** Login sessions: a random token, stored as its SHA-256 digest, valid until its expiry or logout. */
public final class Sessions {
    public static final long DEFAULT_TTL_SECONDS = 3600;

    private final CredentialStore credentials;
    private final Clock clock;

    Sessions(CredentialStore credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Opens a session for a user whose password was already checked. */
    IssuedSecret open(String user, long ttlSeconds) {
        String token = Secrets.newSecret(Secrets.SESSION_PREFIX);
        return credentials.inWriteTransaction(() -> {
            long now = clock.millis();
            long expiresAt = now + Math.multiplyExact(ttlSeconds, 1000L);
            credentials.deleteExpiredSessions(now);
            credentials.insertSession(Secrets.digest(token), user, now, expiresAt);
            return new IssuedSecret(0, user, token, expiresAt);
        });
    }

    /** Ends the session; true when it existed. */
    public boolean close(String token) {
        return credentials.deleteSession(Secrets.digest(token));
    }

    Optional<String> userOf(String token) {
        return credentials.sessionUser(Secrets.digest(token), clock.millis());
    }
}
