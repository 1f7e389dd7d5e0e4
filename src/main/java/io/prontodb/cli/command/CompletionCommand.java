package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Completion;
import io.prontodb.cli.Invocation;
import java.nio.charset.StandardCharsets;

public final class CompletionCommand implements Command {
    @Override
    public String summary() {
        return "print a shell completion script (bash or zsh)";
    }

    @Override
    public String usage() {
        return """
            prontodb completion bash|zsh
            Completes commands, flags, cursor names, and project and namespace names from the store.
            bash: source <(prontodb completion bash), or let install put it in
            $XDG_DATA_HOME/bash-completion/completions/prontodb. zsh: source <(prontodb completion zsh).""";
    }

    @Override
    public ExitCode run(Invocation inv) {
        String shell = inv.operands(1, 1).get(0);
        String script = switch (shell) {
            case "bash" -> Completion.bash();
            case "zsh" -> Completion.zsh();
            default -> throw ProntoException.usage("no completion for shell '" + shell + "'", "shells: bash, zsh");
        };
        inv.out().write(script.getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
