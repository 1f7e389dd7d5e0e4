package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.Entry;

public final class GetCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        boolean includeExpired = inv.has(Flag.INCLUDE_EXPIRED);
        Entry entry = inv.keyValues().get(address, includeExpired)
                .orElseThrow(() -> Misses.notFound(inv, address));
        if (includeExpired && inv.has(Flag.JSON)) {
            inv.out().line(EntryJson.of(inv, entry, true));
            return ExitCode.OK;
        }
        byte[] value = ValueFormat.forOutput(inv, entry.value());
        inv.out().write(value);
        if (!inv.has(Flag.RAW)) {
            inv.out().newline();
        }
        return ExitCode.OK;
    }
}
