package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 3: copy and move one entry with its expiry, through the destination's rules, in one transaction. */
@OnEveryBackend
class CopyMoveIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void copyAndMoveAcrossNamespacesAndProjectsByteExact() {
        ok(pronto.runWithStdin(new byte[] {0, (byte) 0xff, '\n'}, "set", "p.a.bin"));
        ok(pronto.run("copy", "p.a.bin", "q.b.bin"));
        ok(pronto.run("move", "p.a.bin", "p.c.moved__ctx"));

        assertThat(ok(pronto.run("get", "--raw", "q.b.bin")).stdoutBytes()).containsExactly(0, 0xff, '\n');
        assertThat(ok(pronto.run("get", "--raw", "p.c.moved__ctx")).stdoutBytes()).containsExactly(0, 0xff, '\n');
        assertThat(pronto.run("get", "p.a.bin").code()).isEqualTo(2);

        ok(pronto.run("-p", "p", "-n", "c", "copy", "moved", "other", "--user", "ctx"));
        assertThat(ok(pronto.run("get", "--raw", "p.c.other__ctx")).stdoutBytes()).containsExactly(0, 0xff, '\n');
    }

    @Test
    void anExistingDestinationNeedsForceAndOtherwiseNothingChanges() {
        ok(pronto.run("set", "p.n.src", "new"));
        ok(pronto.run("set", "p.n.dst", "old"));

        assertThat(error(pronto.run("copy", "p.n.src", "p.n.dst"), 1).stderr()).contains("--force");
        error(pronto.run("move", "p.n.src", "p.n.dst"), 1);
        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("dst=old\nsrc=new\n");

        ok(pronto.run("move", "p.n.src", "p.n.dst", "--force"));
        assertThat(ok(pronto.run("scan", "p.n")).stdout()).isEqualTo("dst=new\n");
    }

    @Test
    void badInput() {
        ok(pronto.run("set", "p.n.k", "v"));
        error(pronto.run("copy", "p.n.k", "p.n.k"), 64);
        error(pronto.run("move", "-p", "p", "-n", "n", "k", "p.n.k"), 64);
        error(pronto.run("move", "p.n.missing", "p.n.x"), 2);
        error(pronto.run("copy", "p.n.missing", "p.n.x"), 2);
        error(pronto.run("copy", "p.n.k"), 64);
        assertThat(ok(pronto.run("keys", "p.n")).lines()).containsExactly("k");
    }

    @Test
    void theDestinationsTtlAndMaxItemsApplyAndExpiryTravels() {
        ok(pronto.run("admin", "create-cache", "p.c", "timeout=1000", "max_items=2"));
        ok(pronto.run("admin", "create-cache", "p.short", "timeout=100"));
        ok(pronto.run("set", "p.c.a", "1"));
        ok(pronto.run("set", "p.c.b", "2"));
        ok(pronto.run("set", "p.std.plain", "3"));
        ok(pronto.run("set", "p.short.s", "4"));

        ok(pronto.run("copy", "p.std.plain", "p.c.plain"));
        assertThat(ok(pronto.run("keys", "p.c")).lines()).as("max_items evicted the least recently written")
                .containsExactly("b", "plain");
        assertThat(Long.parseLong(ok(pronto.run("ttl", "p.c.plain")).stdout().strip())).isBetween(900L, 1000L);

        ok(pronto.run("copy", "p.short.s", "p.c.s"));
        assertThat(Long.parseLong(ok(pronto.run("ttl", "p.c.s")).stdout().strip())).as("the entry keeps its expiry, not the destination's timeout")
                .isBetween(1L, 100L);
        assertThat(ok(pronto.run("keys", "p.c")).lines()).containsExactly("plain", "s");

        ok(pronto.run("move", "p.c.plain", "p.c.renamed"));
        assertThat(ok(pronto.run("keys", "p.c")).lines()).as("a move within a full namespace evicts nothing")
                .containsExactly("renamed", "s");
    }
}
