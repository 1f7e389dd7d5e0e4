package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 3: help, admin help, help admin SUBCOMMAND, -v; a key named help stays a key. */
class HelpFormsIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void adminHelpAndHelpAdminPrintTheSameUsage() {
        String adminHelp = ok(pronto.run("admin", "help")).stdout();
        assertThat(adminHelp).startsWith("usage: prontodb admin SUBCOMMAND").contains("drop-project", "create-cache");
        assertThat(ok(pronto.run("help", "admin")).stdout()).isEqualTo(adminHelp);
        assertThat(ok(pronto.run("admin", "--help")).stdout()).isEqualTo(adminHelp);

        String sub = ok(pronto.run("help", "admin", "drop-namespace")).stdout();
        assertThat(sub).startsWith("usage: prontodb admin drop-namespace P.N [--yes]");
        assertThat(ok(pronto.run("admin", "help", "drop-namespace")).stdout()).isEqualTo(sub);
        assertThat(ok(pronto.run("admin", "drop-namespace", "--help")).stdout()).isEqualTo(sub);
        assertThat(ok(pronto.run("cursor", "help", "set")).stdout()).startsWith("usage: prontodb cursor set NAME TARGET");
        error(pronto.run("admin", "help", "nope"), 64);
    }

    @Test
    void shortAndLongVersionFlags() {
        String version = ok(pronto.run("version")).stdout();
        assertThat(version).startsWith("prontodb ");
        assertThat(ok(pronto.run("-v")).stdout()).isEqualTo(version);
        assertThat(ok(pronto.run("--version")).stdout()).isEqualTo(version);
    }

    @Test
    void aKeyNamedHelpIsAKey() {
        ok(pronto.run("set", "help", "me"));
        ok(pronto.run("set", "p.n.help", "there"));
        assertThat(ok(pronto.run("get", "help")).stdout()).isEqualTo("me\n");
        assertThat(ok(pronto.run("get", "p.n.help")).stdout()).isEqualTo("there\n");
        assertThat(ok(pronto.run("keys", "help")).lines()).containsExactly("help");
        ok(pronto.run("del", "help"));
        assertThat(pronto.run("get", "help").code()).isEqualTo(2);
    }
}
