package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.FsMirror;
import io.prontodb.portability.ImportResult;
import java.nio.file.Path;

public final class ImportFsCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        Path dir = Path.of(inv.operands(1, 1).get(0));
        ConflictPolicy policy = ConflictPolicy.parse(inv.value(Flag.ON_CONFLICT));
        ImportResult result = new FsMirror(inv.store(), inv.scope().delimiter()).importFrom(dir, policy);
        inv.out().status("imported " + result.written() + " entries"
                + (result.skipped() > 0 ? ", kept " + result.skipped() + " existing" : ""));
        return ExitCode.OK;
    }
}
