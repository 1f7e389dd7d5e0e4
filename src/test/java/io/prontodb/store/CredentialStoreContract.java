package io.prontodb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.security.ApiKeyInfo;
import io.prontodb.security.PasswordHash;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour every backend's {@link CredentialStore} must show. A backend's test returns its factory. */
public abstract class CredentialStoreContract {
    private static final long NOW = 1_700_000_000_000L;
    private static final PasswordHash HASH = new PasswordHash("pbkdf2", 10, new byte[] {1, 2}, new byte[] {3, 4});

    @TempDir
    protected Path dir;
    private Store store;
    private CredentialStore credentials;

    protected abstract StoreFactory factory();

    @BeforeEach
    void open() {
        store = factory().createEmpty(dir);
        credentials = store.credentials();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] digest(int n) {
        byte[] digest = new byte[32];
        digest[0] = (byte) n;
        return digest;
    }

    @Test
    void usersAreStoredListedSortedAndFlaggedForTheDefaultPassword() {
        assertThat(credentials.hasUsers()).isFalse();
        credentials.insertUser("zoe", HASH, false, NOW);
        credentials.insertUser("admin", HASH, true, NOW);

        assertThat(credentials.hasUsers()).isTrue();
        assertThat(credentials.countUsers()).isEqualTo(2);
        assertThat(credentials.userNames()).containsExactly("admin", "zoe");
        assertThat(credentials.anyDefaultPassword()).isTrue();
        assertThat(credentials.user("admin").orElseThrow()).satisfies(u -> {
            assertThat(u.defaultPassword()).isTrue();
            assertThat(u.password().kdf()).isEqualTo("pbkdf2");
            assertThat(u.password().iterations()).isEqualTo(10);
            assertThat(u.password().salt()).containsExactly(1, 2);
            assertThat(u.password().hash()).containsExactly(3, 4);
        });
        assertThat(credentials.user("nobody")).isEmpty();
    }

    @Test
    void changingAPasswordClearsTheDefaultFlag() {
        credentials.insertUser("admin", HASH, true, NOW);
        PasswordHash other = new PasswordHash("pbkdf2", 20, new byte[] {5}, new byte[] {6});

        assertThat(credentials.updatePassword("admin", other)).isTrue();
        assertThat(credentials.updatePassword("nobody", other)).isFalse();
        assertThat(credentials.anyDefaultPassword()).isFalse();
        assertThat(credentials.user("admin").orElseThrow().password().iterations()).isEqualTo(20);
    }

    @Test
    void apiKeysGetIncreasingIdsScopesAndAreFoundOnlyWhileActive() {
        credentials.insertUser("admin", HASH, false, NOW);
        long first = credentials.insertApiKey("admin", "ci", digest(1), NOW, null, ApiKeyInfo.ALL_PROJECTS);
        long second = credentials.insertApiKey("admin", null, digest(2), NOW, NOW + 10, "app:ro,logs:rw");

        assertThat(second).isGreaterThan(first);
        assertThat(credentials.activeApiKey(digest(1), NOW).orElseThrow()).satisfies(k -> {
            assertThat(k.user()).isEqualTo("admin");
            assertThat(k.label()).isEqualTo("ci");
            assertThat(k.scopes()).isEqualTo("*:rw");
        });
        assertThat(credentials.activeApiKey(digest(2), NOW + 9).orElseThrow().scopes()).isEqualTo("app:ro,logs:rw");
        assertThat(credentials.activeApiKey(digest(2), NOW + 10)).as("expired").isEmpty();
        assertThat(credentials.activeApiKey(digest(3), NOW)).isEmpty();

        assertThat(credentials.revokeApiKey(first, NOW + 1)).isTrue();
        assertThat(credentials.revokeApiKey(first, NOW + 2)).as("already revoked").isFalse();
        assertThat(credentials.activeApiKey(digest(1), NOW + 1)).isEmpty();
        assertThat(credentials.apiKeyExists(first)).isTrue();
        assertThat(credentials.apiKeyExists(second + 100)).isFalse();
        assertThat(credentials.apiKeys()).extracting(ApiKeyInfo::id, ApiKeyInfo::revokedAt, ApiKeyInfo::expiresAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, NOW + 1, null),
                        org.assertj.core.groups.Tuple.tuple(second, null, NOW + 10));
    }

    @Test
    void aKeyDigestIsUnique() {
        credentials.insertUser("admin", HASH, false, NOW);
        credentials.insertApiKey("admin", null, digest(1), NOW, null, ApiKeyInfo.ALL_PROJECTS);

        assertThatThrownBy(() -> credentials.insertApiKey("admin", null, digest(1), NOW, null, ApiKeyInfo.ALL_PROJECTS))
                .isNotNull();
        assertThat(credentials.apiKeys()).hasSize(1);
    }

    @Test
    void sessionsExpireAndAreDeleted() {
        credentials.insertUser("admin", HASH, false, NOW);
        credentials.insertSession(digest(1), "admin", NOW, NOW + 100);
        credentials.insertSession(digest(2), "admin", NOW, NOW + 5);

        assertThat(credentials.sessionUser(digest(1), NOW + 99)).contains("admin");
        assertThat(credentials.sessionUser(digest(2), NOW + 5)).isEmpty();
        credentials.deleteExpiredSessions(NOW + 50);
        assertThat(credentials.sessionUser(digest(2), NOW)).as("deleted, not just expired").isEmpty();
        assertThat(credentials.deleteSession(digest(1))).isTrue();
        assertThat(credentials.deleteSession(digest(1))).isFalse();
        assertThat(credentials.sessionUser(digest(1), NOW)).isEmpty();
    }

    @Test
    void deletingAUserDeletesItsKeysAndSessionsOnly() {
        credentials.insertUser("admin", HASH, false, NOW);
        credentials.insertUser("bob", HASH, false, NOW);
        credentials.insertApiKey("bob", null, digest(1), NOW, null, ApiKeyInfo.ALL_PROJECTS);
        credentials.insertApiKey("admin", null, digest(2), NOW, null, ApiKeyInfo.ALL_PROJECTS);
        credentials.insertSession(digest(3), "bob", NOW, NOW + 100);
        credentials.insertSession(digest(4), "admin", NOW, NOW + 100);

        assertThat(credentials.deleteUser("bob")).isTrue();
        assertThat(credentials.deleteUser("bob")).isFalse();
        assertThat(credentials.userNames()).containsExactly("admin");
        assertThat(credentials.apiKeys()).extracting(ApiKeyInfo::user).containsExactly("admin");
        assertThat(credentials.sessionUser(digest(3), NOW)).isEmpty();
        assertThat(credentials.sessionUser(digest(4), NOW)).contains("admin");
    }

    @Test
    void credentialWritesShareTheStoresTransactions() {
        assertThatThrownBy(() -> store.inWriteTransaction(() -> {
            credentials.insertUser("admin", HASH, false, NOW);
            store.put(new io.prontodb.address.Address("p", "n", "k", ""), new byte[] {1}, null);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(credentials.hasUsers()).isFalse();
    }
}
