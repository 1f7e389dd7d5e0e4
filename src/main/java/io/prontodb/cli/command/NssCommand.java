package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.NamespaceInfo;

public final class NssCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        long now = inv.clock().millis();
        if (inv.has(Flag.JSON)) {
            for (NamespaceInfo info : inv.store().namespaces(null, now)) {
                inv.out().line(NamespaceJson.of(info));
            }
            return ExitCode.OK;
        }
        for (NamespaceRef ref : inv.store().namespaceRefs(null, now)) {
            inv.out().line(ref.format(inv.scope().delimiter()));
        }
        return ExitCode.OK;
    }
}
