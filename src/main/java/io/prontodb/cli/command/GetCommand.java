package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.JsonText;
import io.prontodb.store.Entry;

public final class GetCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        Address address = inv.keyAddress(inv.operands(1, 1).get(0));
        boolean includeExpired = inv.has(Flag.INCLUDE_EXPIRED);
        Entry entry = inv.keyValues().get(address, includeExpired)
                .orElseThrow(() -> Misses.notFound(inv, address));
        byte[] value = ValueFormat.forOutput(inv, entry.value());
        if (includeExpired && inv.has(Flag.JSON)) {
            String valueJson = inv.has(Flag.B64) ? JsonText.string(ValueFormat.utf8(value)) : ValueFormat.utf8(value);
            String json = JsonText.object(
                    "value", valueJson,
                    "expires_at", entry.expiresAt() == null ? "null" : entry.expiresAt().toString(),
                    "expired", Boolean.toString(entry.isExpiredAt(inv.clock().millis())));
            inv.out().line(json);
            return ExitCode.OK;
        }
        inv.out().write(value);
        if (!inv.has(Flag.RAW)) {
            inv.out().newline();
        }
        return ExitCode.OK;
    }
}
