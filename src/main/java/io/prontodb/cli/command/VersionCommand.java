package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.HelpText;
import io.prontodb.cli.Invocation;

public final class VersionCommand implements Command {
    @Override
    public String summary() {
        return "print the version";
    }

    @Override
    public String usage() {
        return "prontodb version";
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        inv.out().line(HelpText.versionLine());
        return ExitCode.OK;
    }
}
