package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.NamespaceInfo;

public final class NssCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        for (NamespaceInfo info : inv.store().namespaces(null, inv.clock().millis())) {
            inv.out().line(inv.has(Flag.JSON) ? NamespaceJson.of(info) : info.ref().format(inv.scope().delimiter()));
        }
        return ExitCode.OK;
    }
}
