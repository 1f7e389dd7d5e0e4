package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;

/**
 * Receives every row of a ProntoDB data set, table by table, as a snapshot carries it from one backend to another:
 * entries with their expiry (expired ones too) and write sequence, namespace declarations, users, API keys (with
 * their ids, scopes and revocations), sessions, and where the two counters stand.
 */
public interface SnapshotRows {
    void entry(Address address, byte[] value, Long expiresAt, long writeSeq);

    void namespace(NamespaceRef ref, NamespaceSettings settings);

    void user(User user);

    void apiKey(ApiKey key);

    void session(Session session);

    /**
     * The last write sequence and the last API key id handed out; at least the highest of the rows, and higher when
     * later rows were written and deleted again.
     */
    void counters(long lastWriteSeq, long lastApiKeyId);

    /** A user row: the password as KDF output, never the password. */
    record User(String name, String kdf, int iterations, byte[] salt, byte[] hash, boolean defaultPassword,
                long createdAt) {
    }

    /** An API key row: the key as its digest. */
    record ApiKey(long id, String user, String label, byte[] keyHash, String scopes, long createdAt, Long expiresAt,
                  Long revokedAt) {
    }

    /** A session row: the token as its digest. */
    record Session(byte[] tokenHash, String user, long createdAt, long expiresAt) {
    }
}
