package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.ListTarget;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;
import java.util.List;

public final class KeysCommand implements Command {
    @Override
    public String summary() {
        return "list keys, one per line, sorted";
    }

    @Override
    public String usage() {
        return """
            prontodb keys [PATH|PREFIX] [--json] [--include-expired]
            PATH is PROJECT.NAMESPACE or PROJECT.NAMESPACE.PREFIX; an argument without the delimiter is a
            key prefix in the current namespace. Prefixes match the key literally and case-sensitively.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON, Flag.INCLUDE_EXPIRED);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        ListTarget target = inv.parser().parseListTarget(operands.isEmpty() ? null : operands.get(0));
        boolean json = inv.has(Flag.JSON);
        inv.pronto().list(target, false, inv.has(Flag.INCLUDE_EXPIRED), entry ->
                inv.out().line(json ? EntryJson.of(inv, entry, false) : entry.address().keyPart()));
        return ExitCode.OK;
    }
}
