package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.NamespaceInfo;
import java.util.Set;

public final class NssCommand implements Command {
    @Override
    public String summary() {
        return "list every PROJECT.NAMESPACE";
    }

    @Override
    public String usage() {
        return "prontodb nss [--json]";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        if (inv.has(Flag.JSON)) {
            for (NamespaceInfo info : inv.pronto().namespaces(null)) {
                inv.out().line(NamespaceJson.of(info));
            }
            return ExitCode.OK;
        }
        for (NamespaceRef ref : inv.pronto().namespaceRefs(null)) {
            inv.out().line(ref.format(inv.scope().delimiter()));
        }
        return ExitCode.OK;
    }
}
