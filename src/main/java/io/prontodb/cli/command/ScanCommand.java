package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.Output;
import io.prontodb.portability.ScanEscaper;
import java.nio.charset.StandardCharsets;
import java.util.Set;

public final class ScanCommand implements Command {
    private static final byte[] EQUALS = {'='};

    @Override
    public String summary() {
        return "list entries as key=value, sorted";
    }

    @Override
    public String usage() {
        return """
            prontodb scan [PATH|PREFIX] [--json|--stream] [--b64] [--include-expired] [--context CTX|--user NAME]
            In plain output, backslash, newline, CR and tab in values are written as \\\\ \\n \\r \\t;
            --json prints exact values as JSON Lines. --stream prints the stream grammar (meta:path=P.N,
            then key=value with stream escapes; values that are not UTF-8, or all with --b64, as base64
            after meta:b64=1): 'prontodb scan p.n --stream | prontodb stream' restores them byte-exact.
            --context/--user list only the entries with that context.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON, Flag.STREAM, Flag.B64, Flag.INCLUDE_EXPIRED, Flag.CONTEXT, Flag.USER);
    }

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
