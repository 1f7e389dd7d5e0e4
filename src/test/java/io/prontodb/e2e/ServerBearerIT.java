package io.prontodb.e2e;

import static io.prontodb.e2e.Server.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 10 on every backend: serve checks each bearer (API key or session token) against the users, keys and
 * sessions of the target it serves, and sees keys made, revoked and logged out by the CLI on that target meanwhile.
 */
@OnEveryBackend
class ServerBearerIT {
    @TempDir
    Path home;

    @Test
    void keysAndSessionsMadeOnTheTargetAreCheckedScopedRevokedAndEnded() {
        Launcher prontodb = new Launcher(home);
        try (Server server = Server.start(prontodb)) {
            assertThat(status(server, "PUT", "/v1/kv/app/n/k", server.adminKey, "v")).isEqualTo(204);
            assertThat(text(server.get("/v1/kv/app/n/k"))).isEqualTo("v");
            assertThat(status(server, "GET", "/v1/kv/app/n/k", null, null)).as("no bearer").isEqualTo(401);
            assertThat(status(server, "GET", "/v1/kv/app/n/k", "pdb_key_wrong", null)).isEqualTo(401);

            String readOnly = ok(prontodb.run("admin", "create-apikey", "admin", "--scope", "app:ro")).stdout().strip();
            assertThat(status(server, "GET", "/v1/kv/app/n/k", readOnly, null)).isEqualTo(200);
            assertThat(status(server, "PUT", "/v1/kv/app/n/k", readOnly, "changed")).isEqualTo(403);
            ok(prontodb.run("admin", "revoke-apikey", "2"));
            assertThat(status(server, "GET", "/v1/kv/app/n/k", readOnly, null)).as("revoked").isEqualTo(401);

            ok(prontodb.runWithStdin("a long password\n", "admin", "create-user", "bob"));
            String token = ok(prontodb.runWithStdin("a long password\n", "login", "bob")).lines().get(0);
            assertThat(status(server, "PUT", "/v1/kv/app/n/bob", token, "from bob")).isEqualTo(204);
            ok(prontodb.run("logout", token));
            assertThat(status(server, "GET", "/v1/kv/app/n/bob", token, null)).as("logged out").isEqualTo(401);

            assertThat(text(server.get("/v1/kv/app/n/bob"))).isEqualTo("from bob");
            assertThat(server.stop()).isZero();
        }
    }

    /** Succeeds; status lines on stderr (the key's id, a session's expiry) are fine. */
    private static Result ok(Result result) {
        assertThat(result.code()).as("%s", result).isZero();
        return result;
    }

    private static int status(Server server, String method, String path, String key, String body) {
        return server.send(method, path, key, body == null ? null : body.getBytes(StandardCharsets.UTF_8)).statusCode();
    }
}
