package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cache.Expiry;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.Entry;
import java.util.Set;

public final class TtlCommand implements Command {
    @Override
    public String summary() {
        return "print the whole seconds a key has left (-1: no expiry)";
    }

    @Override
    public String usage() {
        return "prontodb ttl ADDR [--context CTX|--user NAME]";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        Entry entry = inv.pronto().get(address, false).orElseThrow(() -> Misses.notFound(inv, address));
        inv.out().line(Long.toString(Expiry.secondsLeft(entry.expiresAt(), inv.clock().millis())));
        return ExitCode.OK;
    }
}
