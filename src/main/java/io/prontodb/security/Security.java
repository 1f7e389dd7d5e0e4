package io.prontodb.security;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.CredentialStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Entry point to users, API keys and sessions in one database. Opening it seeds the admin user when security is
 * used for the first time; commands that never authenticate never open it, so they pay nothing for it.
 */
public final class Security {
    private static final String DENIED = "authentication failed";
    private static final String DENIED_HINT = "check the user name and password, API key or session token";

    private final Accounts accounts;
    private final ApiKeys apiKeys;
    private final Sessions sessions;

    private Security(CredentialStore credentials, PasswordHasher hasher, Clock clock) {
        this.accounts = new Accounts(credentials, hasher, clock);
        this.apiKeys = new ApiKeys(credentials, accounts, clock);
        this.sessions = new Sessions(credentials, clock);
    }

    /** {@code adminPassword} (nullable) is the password the admin user gets if it is seeded now. */
    public static Security open(CredentialStore credentials, Clock clock, String adminPassword) {
        return open(credentials, new PasswordHasher(), clock, adminPassword);
    }

    static Security open(CredentialStore credentials, PasswordHasher hasher, Clock clock, String adminPassword) {
        Security security = new Security(credentials, hasher, clock);
        security.accounts.seedAdmin(adminPassword);
        return security;
    }

    public Accounts accounts() {
        return accounts;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    /** The user the credentials prove, or a denial that does not say what was wrong. */
    public String authenticate(Credentials credentials) {
        Optional<String> user;
        if (credentials instanceof Credentials.Password p) {
            user = accounts.passwordMatches(p.user(), p.password()) ? Optional.of(p.user()) : Optional.empty();
        } else if (credentials instanceof Credentials.ApiKey k) {
            user = apiKeys.userOf(k.key());
        } else {
            user = sessions.userOf(((Credentials.SessionToken) credentials).token());
        }
        return user.orElseThrow(() -> new ProntoException(ExitCode.DENIED, DENIED, DENIED_HINT));
    }

    /** Who the credentials prove and what they may touch: an API key its scopes, a password or session everything. */
    public Bearer authorize(Credentials credentials) {
        if (credentials instanceof Credentials.ApiKey k) {
            return apiKeys.bearerOf(k.key()).orElseThrow(() -> new ProntoException(ExitCode.DENIED, DENIED, DENIED_HINT));
        }
        return new Bearer(authenticate(credentials), ApiKeyScopes.ALL);
    }

    /**
     * The user and scopes of an API key or a session token (told apart by their prefixes), or a denial that does
     * not say what was wrong. A session acts as its user and may touch every project.
     */
    public Bearer bearer(String secret) {
        if (secret.startsWith(Secrets.SESSION_PREFIX)) {
            return new Bearer(authenticate(new Credentials.SessionToken(secret)), ApiKeyScopes.ALL);
        }
        return apiKeys.bearerOf(secret).orElseThrow(() -> new ProntoException(ExitCode.DENIED, DENIED, DENIED_HINT));
    }

    /** Checks the password, then opens a session of {@code ttlSeconds}. */
    public IssuedSecret login(String user, char[] password, long ttlSeconds) {
        String who = authenticate(new Credentials.Password(user, password));
        return sessions.open(who, ttlSeconds);
    }

    public boolean logout(String token) {
        return sessions.close(token);
    }
}
