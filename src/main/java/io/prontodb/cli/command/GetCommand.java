package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.Entry;
import java.util.Set;

public final class GetCommand implements Command {
    @Override
    public String summary() {
        return "print a value and a newline (exit 2 when missing)";
    }

    @Override
    public String usage() {
        return """
            prontodb get ADDR [--raw] [--json] [--b64] [--include-expired] [--context CTX|--user NAME]
            --raw writes exactly the stored bytes; --json prints the value canonicalised (error 65 when
            it is not JSON); --b64 prints it base64-encoded.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.RAW, Flag.JSON, Flag.B64, Flag.INCLUDE_EXPIRED, Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        boolean includeExpired = inv.has(Flag.INCLUDE_EXPIRED);
        Entry entry = inv.pronto().get(address, includeExpired)
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
