package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.Output;
import io.prontodb.portability.ScanEscaper;
import java.nio.charset.StandardCharsets;

public final class ScanCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        boolean json = inv.has(Flag.JSON);
        Output out = inv.out();
        Listings.run(inv, true, entry -> {
            if (json) {
                out.line(EntryJson.of(inv, entry, true));
                return;
            }
            out.write((entry.address().keyPart() + "=").getBytes(StandardCharsets.UTF_8));
            out.write(ScanEscaper.escape(ValueFormat.forOutput(inv, entry.value())));
            out.newline();
        });
        return ExitCode.OK;
    }
}
