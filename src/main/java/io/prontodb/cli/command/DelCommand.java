package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;

public final class DelCommand implements Command {
    @Override
    public String summary() {
        return "delete a key (no error when it is absent)";
    }

    @Override
    public String usage() {
        return "prontodb del ADDR [--context CTX|--user NAME]";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        inv.pronto().delete(address);
        return ExitCode.OK;
    }
}
