package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream command in-process, with security off unless a test turns it on. */
class StreamCommandTest {
    @TempDir
    Path home;
    private InProcess cli;

    @BeforeEach
    void setUp() {
        cli = new InProcess(home);
        cli.env.put("PRONTO_SECURITY", "false");
    }

    private Result stream(String input, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "stream";
        System.arraycopy(args, 0, argv, 1, args.length);
        return cli.runWithStdin(input.getBytes(StandardCharsets.UTF_8), argv);
    }

    @Test
    void writesDataIntoTheCurrentAndNamedNamespaces() {
        Result result = stream("a=1; b__ctx=two words\nmeta:path=p.n; c=x\\;y\\nz;meta:project=q;meta:namespace=m;d=", "-p", "start");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(cli.run("scan", "start.default").stdout()).isEqualTo("a=1\nb__ctx=two words\n");
        assertThat(cli.run("get", "--raw", "p.n.c").stdout()).isEqualTo("x;y\nz");
        assertThat(cli.run("get", "q.m.d").stdout()).isEqualTo("\n");
    }

    @Test
    void delimiterDirectiveChangesHowPathsAndKeysAreRead() {
        Result result = stream("meta:delim=/; meta:ns=p/n.s; k.1=v");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(cli.run("--ns-delim", "/", "get", "p/n.s/k.1").stdout()).isEqualTo("v\n");
    }

    @Test
    void aFailureRollsBackTheOpenSegmentOnlyAndNamesTheTokenAndWhatWasCommitted() {
        Result result = stream("meta:path=p.a; k1=1; k2=2; meta:path=p.b; k3=3; k4=\\q; k5=5");
        assertThat(result.code()).isEqualTo(65);
        assertThat(result.stderr()).contains("token 6:").contains("committed before the error: p.a (2 keys)");
        assertThat(cli.run("keys", "p.a").lines()).containsExactly("k1", "k2");
        assertThat(cli.run("keys", "p.b").stdout()).isEmpty();
    }

    @Test
    void ruleViolationsExit64AndBadTokensExit65() {
        assertThat(stream("k v=1").code()).isEqualTo(64);
        assertThat(stream("a.b=1").code()).isEqualTo(64);
        assertThat(stream("novalue").code()).isEqualTo(65);
        assertThat(stream("meta:colour=red").code()).isEqualTo(65);
        assertThat(stream("a=1; meta:sec:apikey=late").code()).as("security directives only in the preamble").isEqualTo(65);
        Result first = stream("x=1;=2");
        assertThat(first.code()).isEqualTo(65);
        assertThat(first.stderr()).contains("token 2:").contains("nothing was committed");
        assertThat(cli.run("keys").stdout()).as("the open segment was rolled back").isEmpty();
    }

    @Test
    void ttlIsOnlyAllowedInTtlNamespacesAndFollowsCacheRules() {
        Result refused = stream("meta:path=p.std; meta:ttl=5; a=1");
        assertThat(refused.code()).isEqualTo(64);
        assertThat(refused.stderr()).contains("token 2:").contains("only allowed in a TTL namespace");

        assertThat(cli.run("admin", "create-cache", "p.c", "timeout=100").code()).isZero();
        assertThat(stream("meta:path=p.c; a=1; meta:ttl=5; b=2; meta:path=p.std; s=1; meta:path=p.c; c=3").code()).isZero();
        assertThat(cli.run("ttl", "p.c.a").stdout()).isEqualTo("100\n");
        assertThat(cli.run("ttl", "p.c.b").stdout()).isEqualTo("5\n");
        assertThat(cli.run("ttl", "p.c.c").stdout()).as("meta:ttl ends with its segment").isEqualTo("100\n");
        assertThat(cli.run("ttl", "p.std.s").stdout()).isEqualTo("-1\n");
        cli.clock.advanceSeconds(5);
        assertThat(cli.run("get", "p.c.b").code()).isEqualTo(2);
    }

    @Test
    void maxItemsEvictsTheLeastRecentlyWrittenAsSetDoes() {
        assertThat(cli.run("admin", "create-cache", "p.c", "timeout=100", "max_items=2").code()).isZero();
        assertThat(stream("meta:path=p.c; a=1; b=2; c=3; b=4").code()).isZero();
        assertThat(cli.run("scan", "p.c").stdout()).isEqualTo("b=4\nc=3\n");
    }

    @Test
    void securityIsRequiredByDefaultAndConfigCanTurnItOff() throws IOException {
        cli.env.remove("PRONTO_SECURITY");
        Result refused = stream("a=1");
        assertThat(refused.code()).isEqualTo(77);
        assertThat(refused.stderr()).contains("authentication required");
        assertThat(cli.run("keys").stdout()).isEmpty();

        Path config = home.resolve("config/prontodb/pronto.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "security.required=false\n");
        assertThat(stream("a=1").code()).isZero();
        cli.env.put("PRONTO_SECURITY", "true");
        assertThat(stream("b=1").code()).as("the environment overrides the config").isEqualTo(77);
    }

    @Test
    void streamsWithoutAuthenticationNeverSeedUsers() throws Exception {
        assertThat(stream("a=1").code()).isZero();
        try (var store = io.prontodb.store.sqlite.SqliteStore.open(cli.database(), 1000);
             var rs = store.connection().createStatement().executeQuery("SELECT count(*) FROM sec_users")) {
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
