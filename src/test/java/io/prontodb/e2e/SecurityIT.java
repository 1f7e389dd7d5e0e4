package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams, users, API keys and sessions through the real launcher. */
@OnEveryBackend
class SecurityIT {
    private static final String ADMIN_PREAMBLE = "meta:sec:pass=pronto!; meta:sec:user=admin;\n";

    @TempDir
    Path home;
    private Launcher prontodb;

    @BeforeEach
    void setUp() {
        prontodb = new Launcher(home);
    }

    @Test
    void reversedPreambleIsDeniedAndStoresNothing() {
        Result result = prontodb.runWithStdin("meta:sec:user=admin; meta:sec:pass=pronto!; meta:path=p.n; k=v\n", "stream");
        assertThat(result.code()).isEqualTo(77);
        assertThat(result.stderr()).startsWith("prontodb: error: authentication preamble out of order");
        assertThat(prontodb.run("get", "p.n.k").code()).isEqualTo(2);
        assertThat(prontodb.runWithStdin("meta:path=p.n; k=v\n", "stream").code()).as("missing preamble").isEqualTo(77);
        assertThat(prontodb.run("keys", "p.n").stdout()).isEmpty();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Result wrongPassword = prontodb.runWithStdin("meta:sec:pass=nope; meta:sec:user=admin; a=1", "stream");
        Result unknownUser = prontodb.runWithStdin("meta:sec:pass=pronto!; meta:sec:user=ghost; a=1", "stream");
        assertThat(wrongPassword.code()).isEqualTo(77);
        assertThat(unknownUser.code()).isEqualTo(77);
        assertThat(errorLines(wrongPassword)).isEqualTo(errorLines(unknownUser)).contains("authentication failed");
    }

    @Test
    void failureInTheSecondSegmentKeepsTheFirstAndNamesTheToken() {
        Result result = prontodb.runWithStdin(ADMIN_PREAMBLE
                + "meta:path=p.a; a1=1; a2=2\nmeta:path=p.b; b1=1; b2=bad\\escape; b3=3\n", "stream");
        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr())
                .contains("prontodb: error: token 8: unknown escape '\\e'")
                .contains("hint: committed before the error: p.a (2 keys)")
                .contains("warning: user 'admin' still has the default password");
        assertThat(prontodb.run("scan", "p.a").stdout()).isEqualTo("a1=1\na2=2\n");
        assertThat(prontodb.run("keys", "p.b").stdout()).isEmpty();
    }

    @Test
    void apiKeyIsCreatedUsedRevokedAndThenRefused() {
        Result created = prontodb.run("admin", "create-apikey", "admin", "--name", "ci", "--expires", "3600");
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.lines()).hasSize(1);
        String key = created.lines().get(0);
        assertThat(key).matches("pdb_key_[A-Za-z0-9_-]{43}");
        assertThat(created.stderr()).as("only admin's own password use is warned of").doesNotContain("default password");

        Result streamed = prontodb.runWithStdin("meta:sec:apikey=" + key + "; meta:path=p.k; x=1", "stream");
        assertThat(streamed.code()).isZero();
        assertThat(streamed.stderr()).as("a key user cannot change admin's password").isEmpty();
        assertThat(prontodb.run("get", "p.k.x").stdout()).isEqualTo("1\n");

        Result listed = prontodb.run("admin", "list-apikeys");
        assertThat(listed.lines()).singleElement().asString()
                .startsWith("1\tadmin\tci\tactive\t").doesNotContain(key);

        assertThat(prontodb.run("admin", "revoke-apikey", "1").code()).isZero();
        Result refused = prontodb.runWithStdin("meta:sec:apikey=" + key + "; meta:path=p.k; x=2", "stream");
        assertThat(refused.code()).isEqualTo(77);
        assertThat(prontodb.run("get", "p.k.x").stdout()).isEqualTo("1\n");
        assertThat(prontodb.run("admin", "list-apikeys").stdout()).contains("\trevoked\t");
    }

    @Test
    void aStreamWithAScopedApiKeyWritesOnlyTheProjectsItsScopesAllow() {
        String key = prontodb.run("admin", "create-apikey", "admin", "--scope", "app:rw", "--scope", "shared:ro")
                .lines().get(0);

        Result inScope = prontodb.runWithStdin("meta:sec:apikey=" + key + "; meta:path=app.n; a=1", "stream");
        assertThat(inScope.code()).as(inScope.toString()).isZero();

        Result readOnly = prontodb.runWithStdin(
                "meta:sec:apikey=" + key + "; meta:path=app.n; b=2; meta:path=shared.n; c=3", "stream");
        assertThat(readOnly.code()).as(readOnly.toString()).isEqualTo(77);
        assertThat(readOnly.stderr()).contains("may not write project 'shared'");
        assertThat(prontodb.run("get", "app.n.b").stdout()).as("the segment before commits").isEqualTo("2\n");

        Result outside = prontodb.runWithStdin("meta:sec:apikey=" + key + "; meta:path=other.n; d=4", "stream");
        assertThat(outside.code()).isEqualTo(77);
        assertThat(prontodb.run("projects").lines()).containsExactly("app");
    }

    @Test
    void adminPasswordFromTheEnvironmentReplacesTheDefaultAndSilencesTheWarning() {
        prontodb.env.put("PRONTO_ADMIN_PASS", "s3cret-from-env");
        Result withDefault = prontodb.runWithStdin(ADMIN_PREAMBLE + "a=1", "stream");
        assertThat(withDefault.code()).isEqualTo(77);
        Result withEnv = prontodb.runWithStdin("meta:sec:pass=s3cret-from-env; meta:sec:user=admin; a=1", "stream");
        assertThat(withEnv.code()).as(withEnv.toString()).isZero();
        assertThat(withEnv.stderr()).doesNotContain("default password");
    }

    @Test
    void usersLoginSessionsAndLogout() {
        assertThat(prontodb.run("admin", "create-user", "bob", "inline-password").code())
                .as("passwords never come from arguments").isEqualTo(64);
        assertThat(prontodb.runWithStdin("bobs password\n", "admin", "create-user", "bob").code()).isZero();
        assertThat(prontodb.run("admin", "list-users").lines()).containsExactly("admin", "bob");

        Result login = prontodb.runWithStdin("bobs password\n", "login", "bob", "--ttl", "600");
        assertThat(login.code()).as(login.toString()).isZero();
        String token = login.lines().get(0);
        assertThat(token).startsWith("pdb_ses_");
        assertThat(login.stderr()).contains("session for bob expires at ");

        assertThat(prontodb.runWithStdin("meta:sec:session=" + token + "; s=1", "stream").code()).isZero();
        assertThat(prontodb.run("logout", token).code()).isZero();
        assertThat(prontodb.runWithStdin("meta:sec:session=" + token + "; s=2", "stream").code()).isEqualTo(77);
        assertThat(prontodb.runWithStdin("wrong password\n", "login", "bob").code()).isEqualTo(77);

        assertThat(prontodb.runWithStdin("new password for bob\n", "admin", "passwd", "bob").code()).isZero();
        assertThat(prontodb.runWithStdin("bob\nnew password for bob\n", "login").code()).isZero();
        assertThat(prontodb.run("admin", "delete-user", "bob").code()).isZero();
        assertThat(prontodb.run("admin", "list-users").lines()).containsExactly("admin");
        assertThat(prontodb.run("admin", "delete-user", "admin").code()).as("last user").isEqualTo(64);
    }

    @Test
    void theDatabaseHoldsNoPasswordKeyOrTokenInPlaintext() throws Exception {
        assertThat(prontodb.runWithStdin("user password one\n", "admin", "create-user", "carol").code()).isZero();
        String key = prontodb.run("admin", "create-apikey", "carol").lines().get(0);
        String token = prontodb.runWithStdin("user password one\n", "login", "carol").lines().get(0);
        assertThat(prontodb.runWithStdin("meta:sec:apikey=" + key + "; k=v", "stream").code()).isZero();

        String contents = prontodb.postgresDatabase == null ? databaseBytes() + dump() : Db.postgresContents(prontodb);
        assertThat(contents).contains("carol");
        for (String secret : new String[] {"pronto!", "user password one", key, token,
                key.substring("pdb_key_".length()), token.substring("pdb_ses_".length())}) {
            assertThat(contents).as("plaintext secret in the database").doesNotContain(secret);
        }
    }

    private String databaseBytes() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = Path.of(prontodb.database() + suffix);
            if (Files.exists(file)) {
                all.write(Files.readAllBytes(file));
            }
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    /** The sqlite3 dump when the sqlite3 tool is installed; else empty (the raw bytes are still checked). */
    private String dump() throws Exception {
        try {
            Process process = new ProcessBuilder("sqlite3", prontodb.database().toString(), ".dump")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException notInstalled) {
            return "";
        }
    }

    private static String errorLines(Result result) {
        StringBuilder lines = new StringBuilder();
        for (String line : result.stderr().split("\n")) {
            if (!line.contains("warning:")) {
                lines.append(line).append('\n');
            }
        }
        return lines.toString();
    }
}
