package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion scripts load in bash and complete commands, flags, cursors and names from the store. */
class CompletionIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    /** Runs the completion function as bash would for the words given (the last one is being completed). */
    private String complete(String words) throws IOException {
        Path script = home.resolve("complete.sh");
        Files.writeString(script, """
                source <("$PRONTODB" completion bash)
                COMP_WORDS=("$PRONTODB" %s)
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                _prontodb
                if (( ${#COMPREPLY[@]} )); then printf '%%s\\n' "${COMPREPLY[@]}"; fi
                """.formatted(words));
        pronto.env.put("PRONTODB", Launcher.BIN.toString());
        Result result = pronto.run(Path.of("/bin/bash"), null, script.toString());
        assertThat(result.code()).as("%s", result).isZero();
        return result.stdout();
    }

    @Test
    void theBashScriptRegistersItself() throws IOException {
        Path script = home.resolve("check.sh");
        Files.writeString(script, "source <(\"$PRONTODB\" completion bash); complete -p prontodb\n");
        pronto.env.put("PRONTODB", Launcher.BIN.toString());
        Result result = pronto.run(Path.of("/bin/bash"), null, script.toString());
        assertThat(result.stdout()).isEqualTo("complete -F _prontodb prontodb\n");
        assertThat(ok(pronto.run("completion", "zsh")).stdout()).startsWith("#compdef prontodb\n");
        error(pronto.run("completion", "fish"), 64);
    }

    @Test
    void completesCommandsSubcommandsFlagsCursorsAndNamesFromTheStore() throws IOException {
        ok(pronto.run("set", "app.cfg.color", "blue"));
        ok(pronto.run("set", "app.users.alice", "x"));
        ok(pronto.run("cursor", "set", "prod", home.resolve("prod.db").toString()));

        assertThat(complete("sc")).isEqualTo("scan\n");
        assertThat(complete("admin drop-")).isEqualTo("drop-cache\ndrop-namespace\ndrop-project\n");
        assertThat(complete("scan --st")).isEqualTo("--stream\n");
        assertThat(complete("--cursor ''")).isEqualTo("prod\n");
        assertThat(complete("cursor use ''")).isEqualTo("prod\n");
        assertThat(complete("get app.c")).isEqualTo("app.cfg.\n");
        assertThat(complete("admin drop-project ''")).isEqualTo("app\n");
        assertThat(complete("--cursor prod get ''")).as("names come from the cursor's target").isEmpty();
    }

    @Test
    void installPutsTheBashScriptWhereBashCompletionLooks() {
        Result install = pronto.run("install");
        assertThat(install.code()).as("%s", install).isZero();
        Path file = home.resolve("data/bash-completion/completions/prontodb");
        assertThat(file).exists();
        assertThat(ok(pronto.run("completion", "bash")).stdout()).isEqualTo(readString(file));
        assertThat(pronto.run("uninstall").code()).isZero();
        assertThat(file).doesNotExist();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
