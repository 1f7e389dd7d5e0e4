package io.prontodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyScopesTest {

    @Test
    void noScopeMeansEveryProjectReadWrite() {
        ApiKeyScopes scopes = ApiKeyScopes.parse(List.of());
        assertThat(scopes).isEqualTo(ApiKeyScopes.ALL);
        assertThat(scopes.toStored()).isEqualTo("*:rw");
        assertThat(scopes.allowsWrite("anything")).isTrue();
    }

    @Test
    void readOnlyAndReadWriteGrants() {
        ApiKeyScopes scopes = ApiKeyScopes.parse(List.of("app:ro", "cache", "logs:rw"));
        assertThat(scopes.toStored()).isEqualTo("app:ro cache:rw logs:rw");
        assertThat(scopes.allowsRead("app")).isTrue();
        assertThat(scopes.allowsWrite("app")).isFalse();
        assertThat(scopes.allowsWrite("cache")).isTrue();
        assertThat(scopes.allowsRead("other")).isFalse();
        assertThat(scopes.allowsRead("App")).as("case-sensitive").isFalse();
    }

    @Test
    void theMostGenerousGrantWins() {
        ApiKeyScopes scopes = ApiKeyScopes.parse(List.of("*:ro", "app:rw"));
        assertThat(scopes.allowsRead("x")).isTrue();
        assertThat(scopes.allowsWrite("x")).isFalse();
        assertThat(scopes.allowsWrite("app")).isTrue();
    }

    @Test
    void storedFormRoundTrips() {
        ApiKeyScopes scopes = ApiKeyScopes.parse(List.of("a.b:ro", "*:rw", "x:y:rw"));
        assertThat(ApiKeyScopes.fromStored(scopes.toStored())).isEqualTo(scopes);
        assertThat(scopes.toStored()).isEqualTo("a.b:ro *:rw x:y:rw");
    }

    @Test
    void badProjectNamesAreUsageErrors() {
        for (String bad : new String[] {"", ":ro", "a b", "a\u0001", "x".repeat(256), "app:rx", "app:", "app:RW", "x:y"}) {
            assertThatThrownBy(() -> ApiKeyScopes.parse(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(ProntoException.class)
                    .hasMessageStartingWith("bad --scope")
                    .extracting(e -> ((ProntoException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }
}
