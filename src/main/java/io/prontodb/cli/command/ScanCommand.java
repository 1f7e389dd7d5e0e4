package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.Output;
import io.prontodb.portability.ScanEscaper;

public final class ScanCommand implements Command {
    private static final byte[] EQUALS = {'='};

    @Override
    public ExitCode run(Invocation inv) {
        boolean json = inv.has(Flag.JSON);
        Output out = inv.out();
        Listings.run(inv, true, entry -> {
            if (json) {
                out.line(EntryJson.of(inv, entry, true));
                return;
            }
            out.write(ScanEscaper.escapeKey(entry.address().keyPart()));
            out.write(EQUALS);
            out.write(ScanEscaper.escape(ValueFormat.forOutput(inv, entry.value())));
            out.newline();
        });
        return ExitCode.OK;
    }
}
