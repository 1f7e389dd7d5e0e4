package io.prontodb.config;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
    private static final Environment ENV = new Environment(Map.of("PGUSER", "envuser"), Path.of("/home/u"));

    private static Target parse(String text) {
        return Target.parse(text, ENV);
    }

    @Test
    void aPlainTextIsExactlyTheFileNamed() {
        assertThat(parse("dir/q?journal_mode=delete")).isEqualTo(new Target.Sqlite(Path.of("dir/q?journal_mode=delete")));
        assertThat(parse("file:x.db?mode=memory")).isEqualTo(new Target.Sqlite(Path.of("file:x.db?mode=memory")));
        assertThat(parse("./:memory:")).isEqualTo(new Target.Sqlite(Path.of("./:memory:")));
        assertThat(parse("/abs/pronto.db")).isEqualTo(new Target.Sqlite(Path.of("/abs/pronto.db")));
    }

    @Test
    void memoryAndEmptyPathsAreRefused() {
        assertThat(assertFailsWith(ExitCode.USAGE, () -> parse(":memory:")).hint()).contains("./:memory:");
        assertFailsWith(ExitCode.USAGE, () -> parse(""));
    }

    @Test
    void aPostgresUrlGivesHostPortDatabaseUserAndSslMode() {
        assertThat(parse("postgresql://ann@db.example:6543/pronto?sslmode=require"))
                .isEqualTo(new Target.Postgres("db.example", 6543, "pronto", "ann", "require"));
        assertThat(parse("postgres://db.example/pronto"))
                .isEqualTo(new Target.Postgres("db.example", 5432, "pronto", "envuser", null));
        assertThat(parse("postgresql://a%40b@[::1]:5433/my%20db"))
                .isEqualTo(new Target.Postgres("::1", 5433, "my db", "a@b", null));
        assertThat(parse("POSTGRESQL://h/d")).isInstanceOf(Target.Postgres.class);
    }

    @Test
    void aPostgresTargetIsDescribedWithoutPassword() {
        assertThat(parse("postgresql://ann@h:1/d").describe()).isEqualTo("postgresql://ann@h:1/d");
        assertThat(parse("postgresql://ann@[::1]/d").describe()).isEqualTo("postgresql://ann@[::1]:5432/d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://", "postgresql://h", "postgresql://h/", "postgresql://h/a/b",
            "postgresql://h:0/d", "postgresql://h:70000/d", "postgresql://h:x/d", "postgresql://h/d?sslmode=bogus",
            "postgresql://h/d?application_name=x", "postgresql://h/d#f", "postgresql://h /d", "postgresql:///d",
            "http://", "http://h:1/v1", "http://h:1?x=1", "https://u@h:1", "mysql://h/d", "file://x"})
    void aMalformedUrlIsAUsageError(String text) {
        assertFailsWith(ExitCode.USAGE, () -> parse(text));
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        var e = assertFailsWith(ExitCode.USAGE, () -> parse("postgresql://ann:s3cret@h/d"));
        assertThat(e.getMessage() + e.hint()).doesNotContain("s3cret").contains("PGPASSWORD");
        var malformed = assertFailsWith(ExitCode.USAGE, () -> parse("postgresql://ann:s3cret@h:x/d"));
        assertThat(malformed.getMessage() + malformed.hint()).doesNotContain("s3cret");
    }

    @Test
    void aServerUrlKeepsSchemeHostAndPort() {
        assertThat(parse("http://127.0.0.1:7480")).isEqualTo(new Target.Server(URI.create("http://127.0.0.1:7480")));
        assertThat(parse("HTTPS://example.org:8443/")).isEqualTo(new Target.Server(URI.create("https://example.org:8443")));
    }
}
