package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.ListTarget;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.List;

public final class KeysCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        ListTarget target = inv.parser().parseListTarget(operands.isEmpty() ? null : operands.get(0));
        boolean json = inv.has(Flag.JSON);
        inv.keyValues().list(target, false, inv.has(Flag.INCLUDE_EXPIRED), entry ->
                inv.out().line(json ? EntryJson.of(inv, entry, false) : entry.address().keyPart()));
        return ExitCode.OK;
    }
}
