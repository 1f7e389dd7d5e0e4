package io.prontodb.e2e;

import static io.prontodb.e2e.Server.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route of SPEC 10 with its statuses and error JSON, against a real server process. */
class ServerApiIT {
    @TempDir
    static Path home;
    static Server server;

    @BeforeAll
    static void start() {
        server = Server.start(new Launcher(home), "--max-body", "4096");
    }

    @AfterAll
    static void stop() {
        int code = server.stop();
        assertThat(code).as("exit after SIGTERM").isZero();
        assertThat(server.log()).contains("prontodb: stopping");
        server.close();
    }

    @AfterEach
    void stillServing() {
        server.assertServing();
    }

    private static void assertError(HttpResponse<byte[]> response, int status, int exit) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(response)).matches("\\{\"error\":\"[^\"]+\",\"exit\":" + exit + "\\}");
    }

    @Test
    void healthNeedsNoCredential() {
        HttpResponse<byte[]> health = server.send("GET", "/v1/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(text(health)).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void everyOtherRouteNeedsAValidCredential() {
        for (String path : new String[] {"/v1/kv/p/n/k", "/v1/kv/p/n", "/v1/projects", "/v1/projects/p/namespaces"}) {
            assertError(server.send("GET", path, null, null), 401, 77);
            assertError(server.send("GET", path, "pdb_key_wrong", null), 401, 77);
            assertError(server.send("GET", path, "pdb_ses_wrong", null), 401, 77);
        }
        assertError(server.send("POST", "/v1/stream", null, "a=1".getBytes(StandardCharsets.UTF_8)), 401, 77);
        assertError(server.send("GET", "/v1/kv/p/n/k", "", null), 401, 77);
    }

    @Test
    void revokedKeyIsRefused() {
        Result created = server.prontodb.run("admin", "create-apikey", "admin");
        String key = created.stdout().strip();
        assertThat(server.send("GET", "/v1/projects", key, null).statusCode()).isEqualTo(200);
        String id = created.stderr().replaceAll("(?s).*API key (\\d+).*", "$1");
        assertThat(server.prontodb.run("admin", "revoke-apikey", id).code()).isZero();
        assertError(server.send("GET", "/v1/projects", key, null), 401, 77);
    }

    @Test
    void sessionTokenWorksLikeAKey() {
        Result login = server.prontodb.runWithStdin("pronto!\n", "login", "admin");
        assertThat(login.code()).as(login.toString()).isZero();
        String token = login.stdout().strip();
        assertThat(server.send("PUT", "/v1/kv/sess/n/k", token, "v".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(204);
        assertThat(text(server.send("GET", "/v1/kv/sess/n/k", token, null))).isEqualTo("v");
    }

    @Test
    void putGetDeleteRoundTripBinaryValues() {
        byte[] value = new byte[256];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        assertThat(server.send("PUT", "/v1/kv/bin/n/k", server.adminKey, value).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> got = server.get("/v1/kv/bin/n/k");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(got.body()).isEqualTo(value);
        assertThat(server.prontodb.run("get", "--raw", "bin.n.k").stdoutBytes()).isEqualTo(value);
        assertThat(server.send("DELETE", "/v1/kv/bin/n/k", server.adminKey, null).statusCode()).isEqualTo(204);
        assertThat(server.send("DELETE", "/v1/kv/bin/n/k", server.adminKey, null).statusCode()).as("idempotent").isEqualTo(204);
        assertError(server.get("/v1/kv/bin/n/k"), 404, 2);
    }

    @Test
    void emptyValueIsAValue() {
        assertThat(server.put("/v1/kv/empty/n/k", "").statusCode()).isEqualTo(204);
        HttpResponse<byte[]> got = server.get("/v1/kv/empty/n/k");
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEmpty();
    }

    @Test
    void contextIsAQueryParameterAndDistinctFromTheBareKey() {
        server.put("/v1/kv/ctx/n/k", "bare");
        server.put("/v1/kv/ctx/n/k?context=alice", "hers");
        assertThat(text(server.get("/v1/kv/ctx/n/k"))).isEqualTo("bare");
        assertThat(text(server.get("/v1/kv/ctx/n/k?context=alice"))).isEqualTo("hers");
        assertThat(server.prontodb.run("get", "ctx.n.k__alice").stdout()).isEqualTo("hers\n");
    }

    @Test
    void namesAreDecodedPercentEncodedUtf8AndMayHoldDots() {
        assertThat(server.put("/v1/kv/%C3%A9t%C3%A9/a.b/%25x%2Fy", "v").statusCode()).isEqualTo(204);
        assertThat(server.prontodb.run("--ns-delim", ":", "get", "été:a.b:%x/y").stdout()).isEqualTo("v\n");
        assertThat(text(server.get("/v1/kv/%C3%A9t%C3%A9/a.b?keys=1")))
                .isEqualTo("{\"project\":\"été\",\"namespace\":\"a.b\",\"key\":\"%x/y\",\"context\":\"\"}\n");
    }

    @Test
    void namesBreakingTheRulesAre400AndStoreNothing() {
        String longName = "x".repeat(256);
        for (String path : new String[] {"/v1/kv/p/n/a%20b", "/v1/kv/p/n/a%01b", "/v1/kv/p/n/" + longName,
                "/v1/kv/p/n/a__b", "/v1/kv/p/n/a_?context=c", "/v1/kv/p/n/a?context=", "/v1/kv/p/n/a?context=x__y",
                "/v1/kv/p//k", "/v1/kv/p/n/%E3%81"}) {
            HttpResponse<byte[]> response = server.put(path, "v");
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(text(response)).as(path).matches("\\{\"error\":\"[^\"]+\",\"exit\":6[45]\\}");
        }
        assertError(server.put("/v1/kv/p/n/%E3%81", "v"), 400, 65);
        assertThat(server.prontodb.run("keys", "p.n").stdout()).isEmpty();
    }

    @Test
    void jsonContentTypeIsValidatedAndCanonicalised() {
        assertError(server.put("/v1/kv/json/n/k", "{\"b\":1,", "Content-Type", "application/json"), 400, 65);
        assertThat(server.prontodb.run("get", "json.n.k").code()).isEqualTo(2);
        assertThat(server.put("/v1/kv/json/n/k", "{ \"b\" : 1.0, \"a\" : [true] }", "Content-Type",
                "application/json; charset=utf-8").statusCode()).isEqualTo(204);
        assertThat(text(server.get("/v1/kv/json/n/k"))).isEqualTo("{\"a\":[true],\"b\":1}");
    }

    @Test
    void ttlFollowsTheCacheRules() {
        assertError(server.put("/v1/kv/ttl/std/k?ttl=5", "v"), 400, 64);
        assertError(server.put("/v1/kv/ttl/std/k?ttl=abc", "v"), 400, 64);
        assertThat(server.prontodb.run("admin", "create-cache", "ttl.c", "timeout=100").code()).isZero();
        assertThat(server.put("/v1/kv/ttl/c/k?ttl=50", "v").statusCode()).isEqualTo(204);
        HttpResponse<byte[]> got = server.get("/v1/kv/ttl/c/k");
        assertThat(got.headers().firstValue("X-Pronto-Expires-At")).isPresent();
        int left = Integer.parseInt(server.prontodb.run("ttl", "ttl.c.k").stdout().strip());
        assertThat(left).isBetween(40, 50);
    }

    @Test
    void listingsAreJsonLinesLikeScanAndKeysJson() {
        server.put("/v1/kv/list/n/b", "2");
        server.put("/v1/kv/list/n/a", "1\n");
        server.put("/v1/kv/list/n/ab?context=c", "3");
        server.send("PUT", "/v1/kv/list/n/bin", server.adminKey, new byte[] {(byte) 0xff});
        HttpResponse<byte[]> scan = server.get("/v1/kv/list/n");
        assertThat(scan.statusCode()).isEqualTo(200);
        assertThat(scan.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        assertThat(text(scan)).isEqualTo(server.prontodb.run("scan", "list.n", "--json").stdout());
        assertThat(text(server.get("/v1/kv/list/n?keys=1"))).isEqualTo(server.prontodb.run("keys", "list.n", "--json").stdout());
        assertThat(text(server.get("/v1/kv/list/n?keys=1&prefix=a")))
                .isEqualTo(server.prontodb.run("keys", "list.n.a", "--json").stdout())
                .contains("\"key\":\"ab\"").doesNotContain("\"key\":\"b\"");
        assertThat(text(server.get("/v1/kv/list/none"))).isEmpty();
        assertError(server.get("/v1/kv/list/n?keys=2"), 400, 64);
        assertError(server.get("/v1/kv/list/n?prefix=a%20b"), 400, 64);
    }

    @Test
    void discoveryListsProjectsAndNamespaces() {
        server.put("/v1/kv/disc/b/k", "v");
        server.put("/v1/kv/disc/a/k", "v");
        server.prontodb.run("admin", "create-cache", "disc.c", "timeout=60", "max_items=5");
        HttpResponse<byte[]> projects = server.get("/v1/projects");
        assertThat(projects.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(projects)).startsWith("[").contains("\"disc\"").endsWith("]");
        assertThat(text(server.get("/v1/projects/disc/namespaces"))).isEqualTo("["
                + "{\"project\":\"disc\",\"namespace\":\"a\",\"kind\":\"std\",\"ttl\":null,\"max_items\":null,\"evict_on_read\":false,\"keys\":1},"
                + "{\"project\":\"disc\",\"namespace\":\"b\",\"kind\":\"std\",\"ttl\":null,\"max_items\":null,\"evict_on_read\":false,\"keys\":1},"
                + "{\"project\":\"disc\",\"namespace\":\"c\",\"kind\":\"ttl\",\"ttl\":60,\"max_items\":5,\"evict_on_read\":false,\"keys\":0}]");
        assertThat(text(server.get("/v1/projects/nothing/namespaces"))).isEqualTo("[]");
    }

    @Test
    void streamWritesSegmentsAndSummarises() {
        HttpResponse<byte[]> response = server.send("POST", "/v1/stream?project=st&namespace=one", server.adminKey,
                "a=1;b=x\\;y\nmeta:path=st.two\nc=3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).isEqualTo("{\"committed\":{\"st.one\":2,\"st.two\":1}}");
        assertThat(server.prontodb.run("scan", "st.one").stdout()).isEqualTo("a=1\nb=x;y\n");
    }

    @Test
    void streamFailingHalfwayReportsTheCommittedSegments() {
        HttpResponse<byte[]> response = server.send("POST", "/v1/stream", server.adminKey,
                "meta:path=half.a\na=1\nmeta:path=half.b\nb=1\nnot-a-token\n".getBytes(StandardCharsets.UTF_8));
        assertError(response, 400, 65);
        assertThat(text(response)).contains("token 5").contains("committed before the error: half.a (1 key)");
        assertThat(server.prontodb.run("keys", "half.a").stdout()).isEqualTo("a\n");
        assertThat(server.prontodb.run("keys", "half.b").stdout()).isEmpty();
    }

    @Test
    void streamWithAWrongPreambleIsDenied() {
        assertError(server.send("POST", "/v1/stream", server.adminKey,
                "meta:sec:apikey=pdb_key_nope\nmeta:path=pre.a\na=1\n".getBytes(StandardCharsets.UTF_8)), 401, 77);
        assertThat(server.prontodb.run("keys", "pre.a").stdout()).isEmpty();
    }

    @Test
    void bodiesOverTheLimitAre413() {
        assertError(server.put("/v1/kv/big/n/k", "x".repeat(4097)), 413, 65);
        assertThat(server.put("/v1/kv/big/n/k", "x".repeat(4096)).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> stream = server.send("POST", "/v1/stream", server.adminKey,
                ("meta:path=big.s\n" + "k=" + "v".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(stream.statusCode()).as(text(stream)).isEqualTo(413);
        assertThat(server.prontodb.run("keys", "big.s").stdout()).isEmpty();
    }

    @Test
    void unknownRoutesAndMethods() {
        assertError(server.get("/v1/nothing"), 404, 64);
        assertError(server.get("/v1/kv/p"), 404, 64);
        assertError(server.get("/nothing.html"), 404, 64);
        assertError(server.send("POST", "/v1/kv/p/n/k", server.adminKey, new byte[0]), 405, 64);
        assertError(server.send("DELETE", "/v1/kv/p/n", server.adminKey, null), 405, 64);
        assertError(server.send("GET", "/v1/stream", server.adminKey, null), 405, 64);
        assertError(server.send("POST", "/v1/health", null, null), 405, 64);
    }

    @Test
    void webPageIsServedWithoutCredentials() {
        HttpResponse<byte[]> page = server.send("GET", "/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(text(page)).contains("<script src=\"/app.js\">");
        assertThat(server.send("GET", "/app.js", null, null).statusCode()).isEqualTo(200);
        assertThat(server.send("GET", "/style.css", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void accessLogHasOneLinePerRequestAndNoCredential() {
        String marker = "/v1/kv/log/n/marker" + System.nanoTime();
        server.get(marker);
        server.send("GET", marker + "?token=secret-in-url", server.adminKey, null);
        Server.sleep(200);
        String log = server.log();
        assertThat(log.lines().filter(line -> line.contains(marker))).hasSize(2)
                .allMatch(line -> line.matches("\\S+ 127\\.0\\.0\\.1 GET /v1/kv/log/n/marker\\d+(\\?token=\\.\\.\\.)? \\d{3} \\d+ [0-9.]+ms \\S+"));
        assertThat(log).doesNotContain(server.adminKey).doesNotContain("secret-in-url").doesNotContain("Bearer");
    }
}
