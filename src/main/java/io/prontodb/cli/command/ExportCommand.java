package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.TerminalProgress;
import io.prontodb.portability.AtomicFile;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.ExportPath;
import io.prontodb.portability.Exporter;
import io.prontodb.store.RowScope;
import java.nio.file.Path;
import java.util.List;

public final class ExportCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        RowScope scope = ExportPath.parse(operands.isEmpty() ? null : operands.get(0), inv.scope().delimiter());
        String out = inv.value(Flag.OUT);
        boolean toStdout = out == null || out.equals("-");
        ExportFormat format = ExportFormat.choose(inv.value(Flag.FORMAT), toStdout ? null : out);
        Exporter exporter = new Exporter(inv.store(), TerminalProgress.forCommand(inv, "exported"));
        long now = inv.clock().millis();
        if (toStdout) {
            exporter.export(scope, format, now, new java.io.BufferedOutputStream(new OutputAdapter(inv.out()), 1 << 16));
        } else {
            AtomicFile.write(Path.of(out), stream -> exporter.export(scope, format, now, stream));
        }
        return ExitCode.OK;
    }
}
