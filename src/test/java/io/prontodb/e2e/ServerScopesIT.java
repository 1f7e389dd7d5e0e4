package io.prontodb.e2e;

import static io.prontodb.e2e.Server.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys made with create-apikey --scope reach only their projects through a real server process. */
class ServerScopesIT {
    @TempDir
    static Path home;
    static Server server;

    @BeforeAll
    static void start() {
        server = Server.start(new Launcher(home));
        assertThat(server.put("/v1/kv/app/n/k", "in app").statusCode()).isEqualTo(204);
        assertThat(server.put("/v1/kv/other/n/k", "elsewhere").statusCode()).isEqualTo(204);
    }

    @AfterAll
    static void stop() {
        assertThat(server.stop()).isZero();
        server.close();
    }

    private static String createKey(String... scopes) {
        String[] args = new String[3 + 2 * scopes.length];
        args[0] = "admin";
        args[1] = "create-apikey";
        args[2] = "admin";
        for (int i = 0; i < scopes.length; i++) {
            args[3 + 2 * i] = "--scope";
            args[4 + 2 * i] = scopes[i];
        }
        Result created = server.prontodb.run(args);
        assertThat(created.code()).as(created.toString()).isZero();
        return created.stdout().strip();
    }

    private static int status(String method, String path, String key, String body) {
        return server.send(method, path, key, body == null ? null : body.getBytes(StandardCharsets.UTF_8)).statusCode();
    }

    @Test
    void aReadOnlyKeyReadsItsProjectAndNothingElse() {
        String key = createKey("app:ro");
        var get = server.send("GET", "/v1/kv/app/n/k", key, null);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(text(get)).isEqualTo("in app");
        assertThat(status("PUT", "/v1/kv/app/n/k", key, "changed")).isEqualTo(403);
        assertThat(status("DELETE", "/v1/kv/app/n/k", key, null)).isEqualTo(403);
        assertThat(status("GET", "/v1/kv/other/n/k", key, null)).isEqualTo(403);
        var projects = server.send("GET", "/v1/projects", key, null);
        assertThat(projects.statusCode()).isEqualTo(200);
        assertThat(text(projects)).isEqualTo("[\"app\"]");
        assertThat(text(server.get("/v1/kv/app/n/k"))).as("the refused writes changed nothing").isEqualTo("in app");
    }

    @Test
    void aProjectWithoutModeIsReadWrite() {
        String key = createKey("app");
        assertThat(status("PUT", "/v1/kv/app/n/rw", key, "written")).isEqualTo(204);
        assertThat(text(server.get("/v1/kv/app/n/rw"))).isEqualTo("written");
        assertThat(status("PUT", "/v1/kv/other/n/rw", key, "written")).isEqualTo(403);
    }

    @Test
    void listApiKeysShowsScopesAndABadScopeMakesNoKey() {
        createKey("app:ro", "cache");
        long keysBefore = server.prontodb.run("admin", "list-apikeys").stdout().lines().count();
        Result bad = server.prontodb.run("admin", "create-apikey", "admin", "--scope", "app:rx");
        assertThat(bad.code()).isEqualTo(64);
        assertThat(bad.stdout()).isEmpty();
        assertThat(bad.stderr()).contains("bad --scope 'app:rx'");

        Result list = server.prontodb.run("admin", "list-apikeys");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.stdout().lines().count()).as("the refused call stored no key").isEqualTo(keysBefore);
        assertThat(list.stdout()).doesNotContain("pdb_key_");
        assertThat(list.stdout().lines().map(line -> line.substring(line.lastIndexOf('\t') + 1)))
                .contains("*:rw", "app:ro cache:rw");
        assertThat(list.stdout().lines()).allMatch(line -> line.matches("\\d+\t.*"));
    }
}
