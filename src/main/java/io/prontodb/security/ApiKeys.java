package io.prontodb.security;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.CredentialStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** API keys: issued once, stored as SHA-256 digests, refused once expired or revoked. */
public final class ApiKeys {
    private final CredentialStore credentials;
    private final Accounts accounts;
    private final Clock clock;

    ApiKeys(CredentialStore credentials, Accounts accounts, Clock clock) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new key for {@code user} reaching {@code scopes}; {@code expiresInSeconds} null means it never expires. */
    public IssuedSecret create(String user, String label, Long expiresInSeconds, ApiKeyScopes scopes) {
        String key = Secrets.newSecret(Secrets.API_KEY_PREFIX);
        return credentials.inWriteTransaction(() -> {
            accounts.requireUser(user);
            long now = clock.millis();
            Long expiresAt = expiresInSeconds == null ? null : now + Math.multiplyExact(expiresInSeconds, 1000L);
            long id = credentials.insertApiKey(user, label, Secrets.digest(key), now, expiresAt, scopes.toStored());
            return new IssuedSecret(id, user, key, expiresAt);
        });
    }

    public List<ApiKeyInfo> list() {
        return credentials.apiKeys();
    }

    public void revoke(long id) {
        credentials.inWriteTransaction(() -> {
            if (!credentials.revokeApiKey(id, clock.millis()) && !credentials.apiKeyExists(id)) {
                throw new ProntoException(ExitCode.ERROR, "no API key with id " + id,
                        "list them with 'prontodb admin list-apikeys'");
            }
            return null;
        });
    }

    Optional<Bearer> bearerOf(String key) {
        return credentials.activeApiKey(Secrets.digest(key), clock.millis())
                .map(k -> new Bearer(k.user(), ApiKeyScopes.fromStored(k.scopes())));
    }

    Optional<String> userOf(String key) {
        return credentials.activeApiKey(Secrets.digest(key), clock.millis()).map(ApiKeyInfo::user);
    }
}
