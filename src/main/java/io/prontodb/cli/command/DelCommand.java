package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;

public final class DelCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.keyValues().delete(inv.keyAddress(inv.operands(1, 1).get(0)));
        return ExitCode.OK;
    }
}
