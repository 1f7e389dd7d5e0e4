package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;

public final class KeysCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        boolean json = inv.has(Flag.JSON);
        Listings.run(inv, false, entry ->
                inv.out().line(json ? EntryJson.of(inv, entry, false) : entry.address().keyPart()));
        return ExitCode.OK;
    }
}
