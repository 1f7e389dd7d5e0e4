package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 3 and 5: discovery lists, help and version, which database is used, and file modes. */
class DiscoveryIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void projectsNamespacesAndNss() {
        ok(pronto.run("set", "b.z.k", "v"));
        ok(pronto.run("set", "a.y.k", "v"));
        ok(pronto.run("set", "a.x.k", "v"));

        assertThat(ok(pronto.run("projects")).lines()).containsExactly("a", "b");
        assertThat(ok(pronto.run("namespaces", "a")).lines()).containsExactly("x", "y");
        assertThat(ok(pronto.run("-p", "b", "namespaces")).lines()).containsExactly("z");
        assertThat(ok(pronto.run("nss")).lines()).containsExactly("a.x", "a.y", "b.z");
    }

    @Test
    void prontoDbAndTheDbFlagSelectSeparateDatabases() {
        pronto.env.put("PRONTO_DB", home.resolve("one.db").toString());
        ok(pronto.run("set", "p.n.k", "one"));
        ok(pronto.run("-d", home.resolve("two.db").toString(), "set", "p.n.k", "two"));

        assertThat(ok(pronto.run("get", "p.n.k")).stdout()).isEqualTo("one\n");
        assertThat(ok(pronto.run("get", "p.n.k", "--db", home.resolve("two.db").toString())).stdout())
                .isEqualTo("two\n");
        assertThat(pronto.database()).doesNotExist();
        pronto.env.remove("PRONTO_DB");
        assertThat(pronto.run("get", "p.n.k").code()).isEqualTo(2);
    }

    @Test
    void directoriesArePrivateAndTheDatabaseFileIsOwnerOnly() throws IOException {
        ok(pronto.run("set", "p.n.k", "v"));
        ok(pronto.run("set", "-d", home.resolve("deep/er/x.db").toString(), "p.n.k", "v"));

        assertThat(mode(pronto.database())).isEqualTo("rw-------");
        assertThat(mode(pronto.database().getParent())).isEqualTo("rwx------");
        assertThat(mode(home.resolve("data"))).isEqualTo("rwx------");
        assertThat(mode(home.resolve("deep/er/x.db"))).isEqualTo("rw-------");
        assertThat(mode(home.resolve("deep/er"))).isEqualTo("rwx------");
        assertThat(mode(home.resolve("deep"))).isEqualTo("rwx------");
    }

    @Test
    void helpAndVersionGoToStdoutWithExit0() {
        String help = ok(pronto.run("help")).stdout();
        for (String command : new String[] {"set", "get", "del", "keys", "scan", "ttl", "projects", "namespaces",
                "nss", "admin", "help", "version"}) {
            assertThat(help).contains("\n  " + command + " ");
        }
        assertThat(ok(pronto.run("--help")).stdout()).isEqualTo(help);
        String setHelp = ok(pronto.run("set", "--help")).stdout();
        assertThat(setHelp).startsWith("usage: prontodb set ADDR");
        assertThat(ok(pronto.run("help", "set")).stdout()).isEqualTo(setHelp);
        assertThat(ok(pronto.run("help", "admin", "create-cache")).stdout())
                .startsWith("usage: prontodb admin create-cache P.N timeout=S");
        assertThat(ok(pronto.run("version")).stdout()).matches("prontodb \\d+\\.\\d+\\.\\d+\\S*\n");
        assertThat(ok(pronto.run("--version")).stdout()).isEqualTo(ok(pronto.run("version")).stdout());
    }

    @Test
    void noArgumentsPrintsShortUsageOnStderrWithExit64() {
        Result result = pronto.run();

        assertThat(result.code()).isEqualTo(64);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("usage: prontodb");
        assertThat(pronto.database()).doesNotExist();
    }
}
