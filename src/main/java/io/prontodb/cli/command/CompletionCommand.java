package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Completion;
import io.prontodb.cli.Invocation;
import java.nio.charset.StandardCharsets;

public final class CompletionCommand implements Command {
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
