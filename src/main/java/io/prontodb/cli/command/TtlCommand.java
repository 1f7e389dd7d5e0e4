package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cache.Expiry;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.store.Entry;

public final class TtlCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        Entry entry = inv.keyValues().get(address, false).orElseThrow(() -> Misses.notFound(inv, address));
        inv.out().line(Long.toString(Expiry.secondsLeft(entry.expiresAt(), inv.clock().millis())));
        return ExitCode.OK;
    }
}
