package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NameRules;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceSettings;
import java.util.List;

public final class NamespacesCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        String project = operands.isEmpty() ? inv.scope().project() : operands.get(0);
        NameRules.check("project", project, inv.scope().delimiter());
        for (NamespaceInfo info : inv.store().namespaces(project, inv.clock().millis())) {
            if (inv.has(Flag.JSON)) {
                inv.out().line(NamespaceJson.of(info));
            } else if (inv.has(Flag.LONG)) {
                NamespaceSettings s = info.settings();
                inv.out().line(String.join("\t", info.ref().namespace(), s.kind().label, orDash(s.ttlSeconds()),
                        orDash(s.maxItems()), s.evictOnRead() ? "1" : "0", Long.toString(info.liveKeys())));
            } else {
                inv.out().line(info.ref().namespace());
            }
        }
        return ExitCode.OK;
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }
}
