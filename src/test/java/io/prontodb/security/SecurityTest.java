package io.prontodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.sqlite.SqliteStore;
import io.prontodb.testing.MutableClock;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private final MutableClock clock = new MutableClock(1_700_000_000_000L);

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dir.resolve("pronto.db"), 1000);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Security open(String adminPassword) {
        return Security.open(store.credentials(), new PasswordHasher(1_000), clock, adminPassword);
    }

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProntoException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.DENIED);
            assertThat(e.getMessage()).isEqualTo("authentication failed");
        });
    }

    @Test
    void seedsAdminOnceWithTheDefaultPasswordAndFlagsIt() {
        Security security = open(null);
        assertThat(security.accounts().list()).containsExactly("admin");
        assertThat(security.accounts().defaultPasswordInUse()).isTrue();
        assertThat(security.authenticate(new Credentials.Password("admin", pw("pronto!")))).isEqualTo("admin");

        security.accounts().changePassword("admin", pw("a better one"));
        assertThat(open(null).accounts().defaultPasswordInUse()).isFalse();
        assertDenied(() -> open(null).authenticate(new Credentials.Password("admin", pw("pronto!"))));
    }

    @Test
    void adminPasswordFromTheEnvironmentReplacesTheDefault() {
        Security security = open("from-env-123");
        assertThat(security.accounts().defaultPasswordInUse()).isFalse();
        assertThat(security.authenticate(new Credentials.Password("admin", pw("from-env-123")))).isEqualTo("admin");
        assertDenied(() -> security.authenticate(new Credentials.Password("admin", pw("pronto!"))));
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedAlike() {
        Security security = open(null);
        assertDenied(() -> security.authenticate(new Credentials.Password("admin", pw("wrong"))));
        assertDenied(() -> security.authenticate(new Credentials.Password("nobody", pw("pronto!"))));
    }

    @Test
    void usersAreCreatedListedAndDeletedButNeverTheLastOne() {
        Security security = open(null);
        security.accounts().create("bob", pw("bobs password"));
        assertThat(security.accounts().list()).containsExactly("admin", "bob");
        assertThatThrownBy(() -> security.accounts().create("bob", pw("another one")))
                .isInstanceOfSatisfying(ProntoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
        assertThatThrownBy(() -> security.accounts().create("bad name", pw("whatever1"))).isInstanceOf(ProntoException.class);
        assertThatThrownBy(() -> security.accounts().create("carol", pw("short"))).isInstanceOf(ProntoException.class);

        security.accounts().delete("admin");
        assertThat(security.accounts().list()).containsExactly("bob");
        assertThatThrownBy(() -> security.accounts().delete("bob"))
                .isInstanceOfSatisfying(ProntoException.class, e -> assertThat(e.getMessage()).contains("last user"));
        assertThat(open(null).accounts().list()).as("no re-seeding while a user exists").containsExactly("bob");
    }

    @Test
    void apiKeysWorkUntilTheyExpireOrAreRevoked() {
        Security security = open(null);
        IssuedSecret forever = security.apiKeys().create("admin", "ci", null, ApiKeyScopes.ALL);
        IssuedSecret brief = security.apiKeys().create("admin", null, 60L, ApiKeyScopes.parse(List.of("app:ro")));
        assertThat(security.authenticate(new Credentials.ApiKey(forever.secret()))).isEqualTo("admin");
        assertThat(security.authenticate(new Credentials.ApiKey(brief.secret()))).isEqualTo("admin");
        assertThat(security.apiKeys().list()).extracting(ApiKeyInfo::scopes).containsExactly("*:rw", "app:ro");
        assertThat(security.bearer(brief.secret()).scopes()).isEqualTo(ApiKeyScopes.parse(List.of("app:ro")));
        assertThat(security.bearer(forever.secret()).scopes()).isEqualTo(ApiKeyScopes.ALL);

        clock.advanceSeconds(60);
        assertDenied(() -> security.authenticate(new Credentials.ApiKey(brief.secret())));
        assertThat(security.apiKeys().list()).extracting(k -> k.state(clock.millis()))
                .containsExactly("active", "expired");

        security.apiKeys().revoke(forever.id());
        assertDenied(() -> security.authenticate(new Credentials.ApiKey(forever.secret())));
        assertThat(security.apiKeys().list().get(0).state(clock.millis())).isEqualTo("revoked");
        assertThatThrownBy(() -> security.apiKeys().revoke(99)).isInstanceOf(ProntoException.class);
        assertDenied(() -> security.authenticate(new Credentials.ApiKey("pdb_key_guessed")));
    }

    @Test
    void deletingAUserRemovesItsKeysAndSessions() {
        Security security = open(null);
        security.accounts().create("bob", pw("bobs password"));
        IssuedSecret key = security.apiKeys().create("bob", null, null, ApiKeyScopes.ALL);
        IssuedSecret session = security.login("bob", pw("bobs password"), 60);
        security.accounts().delete("bob");
        assertDenied(() -> security.authenticate(new Credentials.ApiKey(key.secret())));
        assertDenied(() -> security.authenticate(new Credentials.SessionToken(session.secret())));
        assertThat(security.apiKeys().list()).isEmpty();
    }

    @Test
    void sessionsLastTheirTtlOrUntilLogoutOrAPasswordChange() {
        Security security = open(null);
        IssuedSecret session = security.login("admin", pw("pronto!"), 30);
        assertThat(session.expiresAt()).isEqualTo(clock.millis() + 30_000);
        assertThat(security.authenticate(new Credentials.SessionToken(session.secret()))).isEqualTo("admin");
        clock.advanceSeconds(30);
        assertDenied(() -> security.authenticate(new Credentials.SessionToken(session.secret())));

        IssuedSecret second = security.login("admin", pw("pronto!"), 30);
        assertThat(security.logout(second.secret())).isTrue();
        assertDenied(() -> security.authenticate(new Credentials.SessionToken(second.secret())));

        IssuedSecret third = security.login("admin", pw("pronto!"), 30);
        security.accounts().changePassword("admin", pw("rotated password"));
        assertDenied(() -> security.authenticate(new Credentials.SessionToken(third.secret())));
        assertDenied(() -> security.login("admin", pw("pronto!"), 30));
    }

    @Test
    void policyDefaultsToRequiredAndTheEnvironmentWins() {
        assertThat(SecurityPolicy.required(null, null)).isTrue();
        assertThat(SecurityPolicy.required(null, "false")).isFalse();
        assertThat(SecurityPolicy.required("true", "false")).isTrue();
        assertThat(SecurityPolicy.required("false", null)).isFalse();
        assertThatThrownBy(() -> SecurityPolicy.required("maybe", null)).isInstanceOf(ProntoException.class);
    }
}
