package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 9: cursors are named targets with defaults; -d > --cursor > PRONTO_DB > active cursor > default path. */
class CursorIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    private String db(String name) {
        return home.resolve(name + ".db").toString();
    }

    @Test
    void precedenceInEveryCombination() {
        for (String source : List.of("flag", "named", "env", "active")) {
            ok(pronto.run("-d", db(source), "set", "p.n.who", source));
        }
        ok(pronto.run("set", "p.n.who", "default"));
        ok(pronto.run("cursor", "set", "named", db("named")));
        ok(pronto.run("cursor", "set", "active", db("active")));

        for (int combination = 0; combination < 16; combination++) {
            boolean flag = (combination & 1) != 0;
            boolean named = (combination & 2) != 0;
            boolean env = (combination & 4) != 0;
            boolean active = (combination & 8) != 0;
            pronto.env.remove("PRONTO_DB");
            if (active) {
                ok(pronto.run("cursor", "use", "active"));
            } else {
                ok(pronto.run("cursor", "delete", "active"));
                ok(pronto.run("cursor", "set", "active", db("active")));
            }
            List<String> args = new ArrayList<>();
            if (flag) {
                args.addAll(List.of("-d", db("flag")));
            }
            if (named) {
                args.addAll(List.of("--cursor", "named"));
            }
            args.addAll(List.of("get", "p.n.who"));
            if (env) {
                pronto.env.put("PRONTO_DB", db("env"));
            } else {
                pronto.env.remove("PRONTO_DB");
            }
            String expected = flag ? "flag" : named ? "named" : env ? "env" : active ? "active" : "default";
            assertThat(ok(pronto.run(args.toArray(String[]::new))).stdout())
                    .as("-d %s, --cursor %s, PRONTO_DB %s, active %s", flag, named, env, active)
                    .isEqualTo(expected + "\n");
        }
    }

    @Test
    void aCursorsProjectAndNamespaceAreDefaultsBelowExplicitFlags() {
        ok(pronto.run("-d", db("a"), "set", "app.cfg.color", "blue"));
        ok(pronto.run("-d", db("a"), "set", "other.cfg.color", "red"));
        ok(pronto.run("cursor", "set", "a", db("a"), "-p", "app", "-n", "cfg"));

        assertThat(ok(pronto.run("--cursor", "a", "get", "color")).stdout()).isEqualTo("blue\n");
        assertThat(ok(pronto.run("--cursor", "a", "-p", "other", "get", "color")).stdout()).isEqualTo("red\n");
        ok(pronto.run("cursor", "use", "a"));
        assertThat(ok(pronto.run("keys")).lines()).containsExactly("color");
        assertThat(ok(pronto.run("-d", db("a"), "keys")).stdout()).as("a cursor that loses lends no defaults").isEmpty();
    }

    @Test
    void listMarksTheActiveCursorAndTargetsNeverTakePasswords() {
        error(pronto.run("cursor", "set", "pg", "postgresql://alice:s3cret@db.example:5432/pronto"), 64);
        error(pronto.run("cursor", "set", "pg", "postgresql://db.example/pronto?password=other"), 64);
        ok(pronto.run("cursor", "set", "pg", "postgresql://alice@db.example:5432/pronto?sslmode=require"));
        ok(pronto.run("cursor", "set", "local", "rel.db", "-n", "cfg"));
        ok(pronto.run("cursor", "use", "pg"));

        assertThat(ok(pronto.run("cursor", "list")).lines()).containsExactly(
                "  local\t" + home.resolve("rel.db") + "\t-\tcfg",
                "* pg\tpostgresql://alice@db.example:5432/pronto?sslmode=require\t-\t-");
        assertThat(ok(pronto.run("cursor", "active")).stdout()).isEqualTo("pg\n");
        assertThat(ok(pronto.run("--cursor", "local", "cursor", "active")).stdout()).isEqualTo("local\n");
    }

    @Test
    void aCursorCanNameAPostgresqlTarget() {
        assumeTrue(PostgresServer.available(), "PostgreSQL is not installed");
        Launcher pg = new Launcher(home.resolve("pg"), Backend.POSTGRES);
        String url = pg.env.remove("PRONTO_DB");
        ok(pg.run("cursor", "set", "shared", url, "-p", "app"));
        ok(pg.run("--cursor", "shared", "set", "cfg.color", "blue"));

        assertThat(ok(pg.run("-d", url, "get", "app.cfg.color")).stdout()).isEqualTo("blue\n");
        assertThat(pg.run("get", "app.cfg.color").code()).as("without the cursor: the default file").isEqualTo(2);
        ok(pg.run("cursor", "use", "shared"));
        assertThat(ok(pg.run("get", "cfg.color")).stdout()).isEqualTo("blue\n");
    }

    @Test
    void filesArePrivateAndTheChoiceLivesInTheConfig() throws IOException {
        Path config = Files.createDirectories(home.resolve("config/prontodb")).resolve("pronto.conf");
        Files.writeString(config, "# mine\nproject=p\n");
        ok(pronto.run("cursor", "set", "a", db("a")));
        ok(pronto.run("cursor", "use", "a"));

        assertThat(Files.readString(config)).isEqualTo("# mine\nproject=p\ncursor=a\n");
        Path file = home.resolve("config/prontodb/cursors/a");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");

        ok(pronto.run("cursor", "delete", "a"));
        assertThat(Files.readString(config)).isEqualTo("# mine\nproject=p\n");
        assertThat(pronto.run("cursor", "active").code()).isEqualTo(2);
        assertThat(ok(pronto.run("cursor", "list")).stdout()).isEmpty();
    }

    @Test
    void badNamesAndUnknownCursorsAreUsageErrorsThatChangeNothing() {
        assertThat(error(pronto.run("--cursor", "ghost", "get", "k"), 64).stderr()).contains("unknown cursor: ghost");
        assertThat(error(pronto.run("cursor", "use", "ghost"), 64).stderr()).contains("ghost");
        assertThat(error(pronto.run("cursor", "delete", "ghost"), 64).stderr()).contains("ghost");
        error(pronto.run("cursor", "set", "a/b", db("a")), 64);
        error(pronto.run("cursor", "set", "a b", db("a")), 64);
        error(pronto.run("cursor", "set", "..", db("a")), 64);
        error(pronto.run("cursor", "set", "ok", db("a"), "-p", "bad name"), 64);
        assertThat(Files.exists(home.resolve("config/prontodb/cursors"))).isFalse();
        assertThat(Files.exists(home.resolve("config/prontodb/pronto.conf"))).isFalse();
    }
}
