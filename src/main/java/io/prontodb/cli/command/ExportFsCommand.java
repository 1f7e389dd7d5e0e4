package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.ExportPath;
import io.prontodb.portability.FsMirror;
import java.nio.file.Path;
import java.util.List;

public final class ExportFsCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(1, 2);
        FsMirror mirror = new FsMirror(inv.store(), inv.scope().delimiter());
        long written = mirror.exportTo(Path.of(operands.get(0)),
                ExportPath.parse(operands.size() == 2 ? operands.get(1) : null, inv.scope().delimiter()),
                inv.clock().millis());
        inv.out().status("exported " + written + " entries to " + operands.get(0));
        return ExitCode.OK;
    }
}
