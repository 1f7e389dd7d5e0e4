package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;
import java.util.List;

public final class CopyCommand implements Command {
    @Override
    public String summary() {
        return "copy one entry (value and expiry) to another key";
    }

    @Override
    public String usage() {
        return """
            prontodb copy SRC DST [--force] [--context CTX|--user NAME]
            SRC and DST are addresses, in any namespaces and projects; one transaction. The entry keeps
            its expiry; a TTL destination gives an entry without one its timeout, and its max_items
            applies. DST that exists: exit 1 and nothing changes, unless --force. A missing SRC: exit 2.
            --context/--user apply to both addresses.""";
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
        inv.pronto().copy(source, destination, inv.has(Flag.FORCE));
        return ExitCode.OK;
    }
}
