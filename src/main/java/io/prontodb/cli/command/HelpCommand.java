package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.CommandSpec;
import io.prontodb.cli.CommandTable;
import io.prontodb.cli.HelpText;
import io.prontodb.cli.Invocation;
import java.nio.charset.StandardCharsets;
import java.util.List;

public final class HelpCommand implements Command {
    @Override
    public String summary() {
        return "show usage, for all commands or one";
    }

    @Override
    public String usage() {
        return "prontodb help [COMMAND [SUBCOMMAND]]";
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 2);
        String text;
        if (operands.isEmpty()) {
            text = HelpText.fullUsage();
        } else {
            CommandSpec spec = CommandTable.find(operands.get(0));
            if (spec != null && operands.size() == 2) {
                spec = spec.subcommand(operands.get(1));
            }
            if (spec == null) {
                throw ProntoException.usage("unknown command: " + String.join(" ", operands), "run 'prontodb help'");
            }
            text = HelpText.commandUsage(spec);
        }
        inv.out().write(text.getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
