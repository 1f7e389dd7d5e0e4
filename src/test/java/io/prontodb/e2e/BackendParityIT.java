package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.PostgresServer;
import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 9: the same commands give the same stdout bytes, stderr and exit codes on SQLite and PostgreSQL; export is
 * byte-identical, and export from one backend imported into the other moves the store.
 */
class BackendParityIT {
    @TempDir
    Path tmp;
    Launcher sqlite;
    Launcher postgres;

    @BeforeEach
    void setUp() {
        PostgresServer.shared();
        sqlite = new Launcher(tmp.resolve("sqlite"), Backend.SQLITE);
        postgres = new Launcher(tmp.resolve("postgres"), Backend.POSTGRES);
        for (Launcher launcher : List.of(sqlite, postgres)) {
            launcher.env.put("PRONTO_SECURITY", "false");
        }
    }

    private record Step(byte[] stdin, String[] args) {
    }

    private static Step run(String... args) {
        return new Step(null, args);
    }

    private static Step piped(String stdin, String... args) {
        return new Step(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Names, values and orders that a careless backend would get wrong: case, bytes above ASCII, LIKE wildcards. */
    private static final List<Step> SCRIPT = List.of(
            run("set", "p.n.b", "2"), run("set", "p.n.a", "1"), run("set", "p.n.B", "upper"),
            run("set", "p.n.é", "e-acute"), run("set", "p.n.😀", "emoji"), run("set", "p.n.～", "fullwidth"),
            run("set", "p.n.a%b", "percent"), run("set", "p.n.a_b", "underscore"), run("set", "p.n.axb", "x"),
            run("set", "p.n.k__ctx", "with context"), run("set", "p.n.k", "plain"), run("set", "p.n.k__Ctx", "C"),
            piped("tab\there\nnew line\\ back", "set", "p.n.esc"), run("set", "p.n.json", "--json", "{\"b\":1,\"a\":[1.0,2]}"),
            run("set", "P.n.k", "other project"), run("set", "p.m.k", "other namespace"), run("set", "a_.b.c", "x"),
            run("set", "a%.b.c", "x"), run("set", "ü.x.y", "x"),
            run("admin", "create-cache", "c.ttl", "timeout=600", "max_items=3"),
            run("set", "c.ttl.one", "1"), run("set", "c.ttl.two", "2"), run("set", "c.ttl.three", "3"),
            run("set", "c.ttl.one", "1 again"), run("set", "c.ttl.four", "4"),
            run("set", "p.n.short", "s", "--ttl", "5"),
            run("keys", "p.n"), run("keys", "p.n.a"), run("keys", "p.n.a%"), run("keys", "p.n.a_"), run("ls", "c.ttl"),
            run("scan", "p.n"), run("scan", "p.n", "--json"), run("scan", "p.n", "--stream"),
            run("get", "p.n.esc"), run("get", "p.n.json", "--json"), run("get", "p.n.missing"), run("get", "c.ttl.one"),
            run("get", "c.ttl.two"), run("ttl", "p.n.k"), run("ttl", "p.n.nothing"), run("projects"), run("nss"),
            run("namespaces", "p"), run("namespaces", "-l", "c"), run("namespaces", "--json", "c"),
            run("del", "p.n.b"), run("del", "p.n.b"), run("keys", "p.n.b"),
            piped("meta:path=s.one; a=1; b=2; meta:path=s.two; a=3\n", "stream"), run("scan", "s.one"), run("scan", "s.two"),
            piped("meta:path=s.three; a=1; meta:path=s.four; bad token\n", "stream"), run("nss"),
            run("set", "p.n.k", "--ttl", "5"), run("set", "a.b.c.d", "v"), run("admin", "create-cache", "c.ttl", "5"),
            run("export", "p"), run("export", "--format", "jsonl", "p.n"), run("export", "s"), run("export", "p.n.a"),
            run("admin", "list-users"), piped("a long password\n", "admin", "create-user", "bob"),
            piped("a long password\n", "admin", "create-user", "bob"), piped("short\n", "admin", "create-user", "eve"),
            run("admin", "create-user", "bad name"), run("admin", "list-users"), run("admin", "list-apikeys"),
            run("admin", "revoke-apikey", "7"), run("admin", "delete-user", "nobody"), run("admin", "delete-user", "bob"),
            run("admin", "delete-user", "admin"), piped("wrong password\n", "login", "admin"),
            run("logout", "pdb_ses_unknown"), piped("meta:sec:pass=wrong; meta:sec:user=admin; k=v\n", "stream"),
            piped("meta:sec:apikey=pdb_key_unknown; k=v\n", "stream"), run("admin", "list-users"));

    @Test
    void everyStepGivesTheSameBytesAndExitCodeOnBothBackends() {
        List<String> differences = new ArrayList<>();
        for (Step step : SCRIPT) {
            Result onSqlite = sqlite.runWithStdin(step.stdin() == null ? new byte[0] : step.stdin(), step.args());
            Result onPostgres = postgres.runWithStdin(step.stdin() == null ? new byte[0] : step.stdin(), step.args());
            if (onSqlite.code() != onPostgres.code() || !java.util.Arrays.equals(onSqlite.stdoutBytes(), onPostgres.stdoutBytes())
                    || !onSqlite.stderr().equals(onPostgres.stderr())) {
                differences.add(String.join(" ", step.args()) + "\n  sqlite:   " + onSqlite + "\n  postgres: " + onPostgres);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void anExportFromEitherBackendImportedIntoTheOtherMovesTheStoreByteForByte() throws Exception {
        for (Step step : SCRIPT) {
            if (step.args()[0].equals("set") || step.args()[0].equals("admin")) {
                sqlite.runWithStdin(step.stdin() == null ? new byte[0] : step.stdin(), step.args());
            }
        }
        byte[] fromSqlite = ok(sqlite.run("export")).stdoutBytes();
        assertThat(new String(fromSqlite, StandardCharsets.UTF_8)).contains("c\tttl\tfour", "😀");
        Path file = Files.write(tmp.resolve("store.tsv"), fromSqlite);

        assertThat(postgres.run("import", file.toString()).code()).isZero();
        assertThat(ok(postgres.run("export")).stdoutBytes()).isEqualTo(fromSqlite);

        Launcher back = new Launcher(tmp.resolve("back"), Backend.SQLITE);
        Path fromPostgres = Files.write(tmp.resolve("back.jsonl"), ok(postgres.run("export", "--format", "jsonl")).stdoutBytes());
        assertThat(back.run("import", "--format", "jsonl", fromPostgres.toString()).code()).isZero();
        assertThat(ok(back.run("export", "--format", "jsonl")).stdoutBytes()).isEqualTo(Files.readAllBytes(fromPostgres));
    }
}
