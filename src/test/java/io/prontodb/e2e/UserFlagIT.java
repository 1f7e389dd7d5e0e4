package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 1: --user NAME is --context NAME on every key command and listing; giving the context twice is 64. */
@OnEveryBackend
class UserFlagIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void userIsTheContextOnKeyCommandsAndFiltersListings() {
        ok(pronto.run("set", "p.n.theme", "light"));
        ok(pronto.run("set", "p.n.theme", "dark", "--user", "alice"));
        ok(pronto.run("set", "p.n.font", "mono", "--user", "alice"));
        ok(pronto.run("set", "p.n.font__bob", "serif"));

        assertThat(ok(pronto.run("get", "p.n.theme__alice")).stdout()).isEqualTo("dark\n");
        assertThat(ok(pronto.run("get", "p.n.theme", "--user", "alice")).stdout()).isEqualTo("dark\n");
        assertThat(ok(pronto.run("ttl", "p.n.theme", "--user", "alice")).stdout()).isEqualTo("-1\n");
        assertThat(ok(pronto.run("keys", "p.n", "--user", "alice")).lines()).containsExactly("font__alice", "theme__alice");
        assertThat(ok(pronto.run("ls", "p.n", "--context", "bob")).lines()).containsExactly("font__bob");
        assertThat(ok(pronto.run("scan", "p.n.t", "--user", "alice")).stdout()).isEqualTo("theme__alice=dark\n");

        ok(pronto.run("del", "p.n.theme", "--user", "alice"));
        assertThat(pronto.run("get", "p.n.theme__alice").code()).isEqualTo(2);
        assertThat(ok(pronto.run("get", "p.n.theme")).stdout()).isEqualTo("light\n");
    }

    @Test
    void userTogetherWithContextOrADoubleUnderscoreIsAUsageErrorThatStoresNothing() {
        error(pronto.run("set", "p.n.k", "v", "--user", "a", "--context", "b"), 64);
        error(pronto.run("set", "p.n.k__b", "v", "--user", "a"), 64);
        error(pronto.run("keys", "p.n", "--user", "a", "--context", "b"), 64);
        error(pronto.run("set", "p.n.k", "v", "--user", "bad name"), 64);
        assertThat(ok(pronto.run("keys", "p.n")).stdout()).isEmpty();
    }
}
