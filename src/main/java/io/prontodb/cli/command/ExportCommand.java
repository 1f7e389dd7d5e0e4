package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.Pronto;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.TerminalProgress;
import io.prontodb.portability.AtomicFile;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.ExportPath;
import io.prontodb.portability.Progress;
import io.prontodb.store.RowScope;
import java.util.Set;
import java.io.BufferedOutputStream;
import java.nio.file.Path;
import java.util.List;

public final class ExportCommand implements Command {
    @Override
    public String summary() {
        return "write entries as TSV or JSON Lines";
    }

    @Override
    public String usage() {
        return """
            prontodb export [PROJECT[.NAMESPACE[.PREFIX]]] [--format tsv|jsonl] [--out FILE]
            Writes the live entries, sorted, to stdout or FILE (written whole, then renamed into place).
            No path exports everything. TSV has the header 'project namespace key context value
            expires_at'; fields escape \\\\ \\t \\n \\r, and \\xHH for bytes that are not UTF-8.
            JSON Lines carry "value" (UTF-8 text) or "value_b64". expires_at is epoch milliseconds.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.FORMAT, Flag.OUT);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        RowScope scope = ExportPath.parse(operands.isEmpty() ? null : operands.get(0), inv.scope().delimiter());
        String out = inv.value(Flag.OUT);
        boolean toStdout = out == null || out.equals("-");
        ExportFormat format = ExportFormat.choose(inv.value(Flag.FORMAT), toStdout ? null : out);
        Progress progress = TerminalProgress.forCommand(inv, "exported");
        if (toStdout) {
            inv.pronto().export(scope, format, new BufferedOutputStream(new OutputAdapter(inv.out()), 1 << 16), progress);
        } else {
            Pronto pronto = inv.pronto();
            AtomicFile.write(Path.of(out), stream -> pronto.export(scope, format, stream, progress));
        }
        return ExitCode.OK;
    }
}
