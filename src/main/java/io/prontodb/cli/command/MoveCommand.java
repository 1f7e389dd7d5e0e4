package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cache.KeyTransfer;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.List;

public final class MoveCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(2, 2);
        Address source = inv.keyAddress(operands.get(0));
        Address destination = inv.keyAddress(operands.get(1));
        new KeyTransfer(inv.store(), inv.clock(), inv.scope().delimiter()).move(source, destination, inv.has(Flag.FORCE));
        return ExitCode.OK;
    }
}
