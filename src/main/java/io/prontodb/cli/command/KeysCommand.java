package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;

public final class KeysCommand implements Command {
    @Override
    public String summary() {
        return "list keys, one per line, sorted";
    }

    @Override
    public String usage() {
        return """
            prontodb keys [PATH|PREFIX] [--json|--stream] [--include-expired] [--context CTX|--user NAME]
            PATH is PROJECT.NAMESPACE or PROJECT.NAMESPACE.PREFIX; an argument without the delimiter is a
            key prefix in the current namespace. Prefixes match the key literally and case-sensitively.
            --context/--user list only the keys with that context. --stream prints meta:path=P.N and
            then one escaped key part per line: a list of names that 'prontodb stream' refuses (65).""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON, Flag.STREAM, Flag.INCLUDE_EXPIRED, Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        boolean json = inv.has(Flag.JSON);
        Listings.run(inv, false, entry ->
                inv.out().line(json ? EntryJson.of(inv, entry, false) : entry.address().keyPart()));
        return ExitCode.OK;
    }
}
