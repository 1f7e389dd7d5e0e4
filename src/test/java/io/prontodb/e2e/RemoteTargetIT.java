package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server target (PRONTO_DB=http://...) against a local database: the same commands, in the same order, must
 * give the same stdout bytes and exit codes. Covers key-value, listing, TTL and stream cases.
 */
class RemoteTargetIT {
    @TempDir
    static Path serverHome;
    @TempDir
    static Path clientHome;
    @TempDir
    static Path localHome;
    static Server server;
    static Launcher remote;
    static Launcher local;

    @BeforeAll
    static void start() {
        server = Server.start(new Launcher(serverHome));
        remote = new Launcher(clientHome);
        remote.env.put("PRONTO_DB", server.url);
        remote.env.put("PRONTO_API_KEY", server.adminKey);
        local = new Launcher(localHome);
        for (Launcher each : List.of(remote, local)) {
            each.env.put("PRONTO_SECURITY", "false");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Runs one command both ways and asserts the same exit code and stdout; returns the remote result. */
    private static Result same(byte[] stdin, String... args) {
        Result there = remote.run(Launcher.BIN, stdin, args);
        Result here = local.run(Launcher.BIN, stdin, args);
        assertThat(there.code()).as("exit of " + String.join(" ", args) + "\nremote: " + there + "\nlocal: " + here)
                .isEqualTo(here.code());
        assertThat(there.stdoutBytes()).as("stdout of " + String.join(" ", args) + "\nremote: " + there)
                .isEqualTo(here.stdoutBytes());
        return there;
    }

    private static Result same(String... args) {
        return same(null, args);
    }

    /** Cache declarations are administration: done on each database directly. */
    private static void declareCache(String... args) {
        assertThat(server.prontodb.run(args).code()).isZero();
        assertThat(local.run(args).code()).isZero();
    }

    @Test
    void keyValueCases() {
        same("set", "kv.n.k", "hello");
        assertThat(same("get", "kv.n.k").stdout()).isEqualTo("hello\n");
        same("get", "--raw", "kv.n.k");
        assertThat(same("get", "kv.n.missing").code()).isEqualTo(2);
        same("set", "kv.n.dash", "--", "-starts-with-dash");
        same("get", "kv.n.dash");
        same("set", "--json", "kv.n.j", "{\"b\": 1.0, \"a\": [true, null]}");
        same("get", "--json", "kv.n.j");
        assertThat(same("set", "--json", "kv.n.bad", "{nope").code()).isEqualTo(65);
        same("get", "kv.n.bad");
        same("set", "--b64", "kv.n.bin", "AAEC/w==");
        same("get", "--b64", "kv.n.bin");
        same("get", "--raw", "kv.n.bin");
        same("hello from stdin\n".getBytes(StandardCharsets.UTF_8), "set", "kv.n.piped");
        same("get", "--raw", "kv.n.piped");
        same("set", "kv.n.user__alice", "hers");
        same("get", "kv.n.user", "--context", "alice");
        same("get", "kv.n.user");
        same("-p", "kv", "-n", "n", "get", "k");
        same("set", "--ns-delim", ":", "kv:dotted.ns:k.1", "v");
        same("get", "--ns-delim", ":", "kv:dotted.ns:k.1");
        same("del", "kv.n.dash");
        same("del", "kv.n.dash");
        same("get", "kv.n.dash");
        assertThat(same("get", "a.b.c.d").code()).isEqualTo(64);
        assertThat(same("set", "kv.n.x", "v", "--ttl", "5").code()).isEqualTo(64);
    }

    @Test
    void listingCases() {
        for (String key : new String[] {"b", "a", "ab", "a_x", "tab"}) {
            same("set", "ls.n." + key, "v-" + key);
        }
        same("set", "ls.n.nl", "line1\nline2\\end");
        same("set", "ls.n.a__ctx", "c");
        same("set", "--b64", "ls.n.bin", "/w==");
        same("set", "ls.other.k", "v");
        same("keys", "ls.n");
        same("ls", "ls.n.a");
        same("keys", "ls.n", "--json");
        same("scan", "ls.n");
        same("scan", "ls.n", "--json");
        same("scan", "ls.n", "--b64");
        same("scan", "ls.n.a", "--json", "--b64");
        same("-p", "ls", "-n", "n", "keys", "a");
        same("keys", "ls.empty");
        same("projects");
        same("projects", "--json");
        same("namespaces", "ls");
        same("namespaces", "-l", "ls");
        same("namespaces", "--json", "ls");
        same("nss");
        same("nss", "--json");
    }

    @Test
    void ttlCases() {
        declareCache("admin", "create-cache", "ttl.c", "timeout=3600", "max_items=3");
        same("set", "ttl.c.k1", "1");
        same("set", "ttl.c.k2", "2", "--ttl", "7200");
        assertThat(Integer.parseInt(remote.run("ttl", "ttl.c.k2").stdout().strip()))
                .as("seconds left, read a moment apart").isBetween(7100, 7200);
        same("set", "ttl.std.k", "v");
        assertThat(same("ttl", "ttl.std.k").stdout()).isEqualTo("-1\n");
        same("ttl", "ttl.c.none");
        for (int i = 3; i <= 5; i++) {
            same("set", "ttl.c.k" + i, Integer.toString(i));
        }
        assertThat(same("keys", "ttl.c").stdout()).as("max_items keeps the newest 3").isEqualTo("k3\nk4\nk5\n");
        same("namespaces", "-l", "ttl");
        assertThat(same("set", "ttl.c.bad", "v", "--ttl", "0").code()).isEqualTo(64);
    }

    @Test
    void streamCases() {
        same("meta:path=st.a\na=1;b=x\\;y\nmeta:path=st.b\nc=3 \\s\n".getBytes(StandardCharsets.UTF_8), "stream");
        same("scan", "st.a");
        same("get", "--raw", "st.b.c");
        same("k=default-ns\n".getBytes(StandardCharsets.UTF_8), "-p", "st", "-n", "c", "stream");
        same("get", "st.c.k");
        Result failed = same("meta:path=st.f1\nx=1\nmeta:path=st.f2\ny=1\nbroken\n".getBytes(StandardCharsets.UTF_8), "stream");
        assertThat(failed.code()).isEqualTo(65);
        assertThat(failed.stderr()).contains("token 5").contains("hint: committed before the error: st.f1 (1 key)");
        same("keys", "st.f1");
        same("keys", "st.f2");
        declareCache("admin", "create-cache", "st.cache", "timeout=100");
        same("meta:path=st.cache\nmeta:ttl=50\nk=v\n".getBytes(StandardCharsets.UTF_8), "stream");
        same("meta:path=st.a\nmeta:ttl=50\nk=v\n".getBytes(StandardCharsets.UTF_8), "stream");
    }

    @Test
    void commandsTheApiDoesNotCoverSaySoWith64() {
        for (String[] args : List.of(new String[] {"backup"}, new String[] {"admin", "gc"},
                new String[] {"export"}, new String[] {"admin", "list-apikeys"}, new String[] {"admin", "create-cache", "x.y", "5"})) {
            Result result = remote.run(args);
            assertThat(result.code()).as(String.join(" ", args) + ": " + result).isEqualTo(64);
            assertThat(result.stderr()).contains("not available on a server target");
        }
    }

    @Test
    void aMissingOrWrongCredentialIs77() {
        Launcher anonymous = new Launcher(clientHome.resolve("anonymous"));
        anonymous.env.put("PRONTO_DB", server.url);
        Result none = anonymous.run("get", "kv.n.k");
        assertThat(none.code()).isEqualTo(77);
        assertThat(none.stderr()).contains("PRONTO_API_KEY");
        anonymous.env.put("PRONTO_API_KEY", "pdb_key_wrong");
        Result wrong = anonymous.run("get", "kv.n.k");
        assertThat(wrong.code()).isEqualTo(77);
        assertThat(wrong.stderr()).doesNotContain("pdb_key_wrong");
        anonymous.env.put("PRONTO_DB", "http://127.0.0.1:1");
        assertThat(anonymous.run("get", "kv.n.k").code()).as("no server there").isEqualTo(74);
    }
}
