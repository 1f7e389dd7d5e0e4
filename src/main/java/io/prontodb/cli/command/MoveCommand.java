package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;
import java.util.List;

public final class MoveCommand implements Command {
    @Override
    public String summary() {
        return "move one entry (value and expiry) to another key";
    }

    @Override
    public String usage() {
        return """
            prontodb move SRC DST [--force] [--context CTX|--user NAME]
            As copy, and SRC is deleted in the same transaction.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.FORCE, Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(2, 2);
        Address source = inv.keyAddress(operands.get(0));
        Address destination = inv.keyAddress(operands.get(1));
        inv.pronto().move(source, destination, inv.has(Flag.FORCE));
        return ExitCode.OK;
    }
}
