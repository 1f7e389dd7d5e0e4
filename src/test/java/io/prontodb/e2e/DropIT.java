package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 9: admin drop-namespace and drop-project delete keys and settings, and need --yes without a terminal. */
@OnEveryBackend
class DropIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
        ok(pronto.run("set", "p.a.k1", "1"));
        ok(pronto.run("set", "p.a.k2__c", "2"));
        ok(pronto.run("admin", "create-cache", "p.c", "timeout=60", "max_items=5"));
        ok(pronto.run("set", "p.c.k", "3"));
        ok(pronto.run("set", "q.a.k", "4"));
    }

    @Test
    void withoutYesAndWithoutATerminalNothingIsDropped() {
        assertThat(error(pronto.run("admin", "drop-namespace", "p.a"), 64).stderr()).contains("--yes");
        error(pronto.run("admin", "drop-project", "p"), 64);
        assertThat(ok(pronto.run("nss")).lines()).containsExactly("p.a", "p.c", "q.a");
        assertThat(Db.rows(pronto, "kv")).isEqualTo(4);
    }

    @Test
    void dropNamespaceRemovesItsKeysAndSettingsAndCountsThem() {
        Result result = pronto.run("admin", "drop-namespace", "p.a", "--yes");
        assertThat(result.code()).isZero();
        assertThat(result.stderr()).isEqualTo("2 keys removed\n");
        assertThat(result.stdout()).isEmpty();
        assertThat(ok(pronto.run("nss")).lines()).containsExactly("p.c", "q.a");

        assertThat(pronto.run("admin", "drop-namespace", "p.c", "-y").stderr()).isEqualTo("1 key removed\n");
        assertThat(ok(pronto.run("namespaces", "p")).stdout()).as("the cache declaration is gone too").isEmpty();
        ok(pronto.run("set", "p.c.k", "again"));
        assertThat(ok(pronto.run("ttl", "p.c.k")).stdout()).isEqualTo("-1\n");
    }

    @Test
    void dropProjectRemovesEveryNamespaceOfItAndNothingElse() {
        Result result = pronto.run("admin", "drop-project", "p", "--yes");
        assertThat(result.code()).isZero();
        assertThat(result.stderr()).isEqualTo("3 keys removed\n");
        assertThat(ok(pronto.run("projects")).lines()).containsExactly("q");
        assertThat(Db.rows(pronto, "kv")).isEqualTo(1);
        assertThat(Db.rows(pronto, "sys_namespaces")).isZero();
    }

    @Test
    void droppingWhatDoesNotExistIsZeroKeysWithoutAQuestion() {
        Result result = pronto.run("admin", "drop-project", "nothing");
        assertThat(result.code()).isZero();
        assertThat(result.stderr()).isEqualTo("0 keys removed\n");
        assertThat(pronto.run("admin", "drop-namespace", "p.none").stderr()).isEqualTo("0 keys removed\n");
        error(pronto.run("admin", "drop-project", "bad name", "--yes"), 64);
    }
}
