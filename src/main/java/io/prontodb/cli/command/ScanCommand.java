package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.ListTarget;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.Output;
import io.prontodb.portability.ScanEscaper;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.util.List;

public final class ScanCommand implements Command {
    @Override
    public String summary() {
        return "list entries as key=value, sorted";
    }

    @Override
    public String usage() {
        return """
            prontodb scan [PATH|PREFIX] [--json] [--b64] [--include-expired]
            In plain output, backslash, newline, CR and tab in values are written as \\\\ \\n \\r \\t;
            --json prints exact values as JSON Lines.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON, Flag.B64, Flag.INCLUDE_EXPIRED);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        ListTarget target = inv.parser().parseListTarget(operands.isEmpty() ? null : operands.get(0));
        boolean json = inv.has(Flag.JSON);
        Output out = inv.out();
        inv.pronto().list(target, true, inv.has(Flag.INCLUDE_EXPIRED), entry -> {
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
