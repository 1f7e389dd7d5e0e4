package io.prontodb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void passwordsInTargetsAreMaskedAndEverythingElseKept() {
        assertThat(Cursor.masked("postgresql://alice:pa:ss@db:5432/p?sslmode=require"))
                .isEqualTo("postgresql://alice:***@db:5432/p?sslmode=require");
        assertThat(Cursor.masked("postgresql://db/p?password=x&sslmode=disable")).isEqualTo("postgresql://db/p?password=***&sslmode=disable");
        assertThat(Cursor.masked("https://user:secret@host:7480")).isEqualTo("https://user:***@host:7480");
        assertThat(Cursor.masked("postgresql://alice@db/p")).isEqualTo("postgresql://alice@db/p");
        assertThat(Cursor.masked("/home/a:b@c/pronto.db")).isEqualTo("/home/a:b@c/pronto.db");
    }

    @Test
    void urlsAreToldFromPaths() {
        assertThat(Cursor.isUrl("postgresql://db/p")).isTrue();
        assertThat(Cursor.isUrl("https://h:1")).isTrue();
        assertThat(Cursor.isUrl("data/pronto.db")).isFalse();
        assertThat(Cursor.isUrl("./postgresql://x")).isFalse();
    }

    @Test
    void namesThatCannotBeFilesAreUsageErrors() {
        assertThat(CursorName.check("prod-eu_1.b@x")).isEqualTo("prod-eu_1.b@x");
        for (String bad : new String[] {"", "a/b", "a b", "a\tb", ".hidden", "..", "a\u00a0b", "x".repeat(256)}) {
            assertThatThrownBy(() -> CursorName.check(bad)).as(bad)
                    .isInstanceOfSatisfying(ProntoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
        }
    }
}
