package io.prontodb.store;

import io.prontodb.security.ApiKeyInfo;
import io.prontodb.security.PasswordHash;
import io.prontodb.security.StoredUser;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contract for users, API keys and sessions, next to the {@link Store} of the same backend and sharing its
 * transactions. Secrets never reach it: passwords arrive as KDF output, keys and tokens as digests. Methods that
 * write join the open write transaction, or run in one of their own.
 */
public interface CredentialStore {

    /** Runs {@code work} in one write transaction of the backend (joining an open one). */
    <T> T inWriteTransaction(Supplier<T> work);

    boolean hasUsers();

    long countUsers();

    Optional<StoredUser> user(String name);

    /** Every user name, sorted. */
    List<String> userNames();

    boolean anyDefaultPassword();

    void insertUser(String name, PasswordHash password, boolean defaultPassword, long nowMillis);

    /** Replaces a user's password and clears its default flag; false when there is no such user. */
    boolean updatePassword(String name, PasswordHash password);

    /** Deletes the user with every API key and session it holds; false when there was no such user. */
    boolean deleteUser(String name);

    void deleteSessionsOf(String user);

    /** Stores a new API key and returns its id, greater than every id handed out before. */
    long insertApiKey(String user, String label, byte[] keyHash, long nowMillis, Long expiresAt, String scopes);

    /** The key with this digest when it is neither revoked nor expired at {@code nowMillis}. */
    Optional<ApiKeyInfo> activeApiKey(byte[] keyHash, long nowMillis);

    /** Every API key, by id. */
    List<ApiKeyInfo> apiKeys();

    /** Marks the key revoked; false when there is no such key or it already was. */
    boolean revokeApiKey(long id, long nowMillis);

    boolean apiKeyExists(long id);

    void insertSession(byte[] tokenHash, String user, long nowMillis, long expiresAt);

    /** The user of the session with this digest when it has not expired at {@code nowMillis}. */
    Optional<String> sessionUser(byte[] tokenHash, long nowMillis);

    boolean deleteSession(byte[] tokenHash);

    void deleteExpiredSessions(long nowMillis);
}
