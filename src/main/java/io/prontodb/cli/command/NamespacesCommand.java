package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NameRules;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceSettings;
import java.util.Set;
import java.util.List;

public final class NamespacesCommand implements Command {
    @Override
    public String summary() {
        return "list the namespaces of a project";
    }

    @Override
    public String usage() {
        return """
            prontodb namespaces [PROJECT] [-l] [--json]
            -l prints namespace, kind, timeout, max_items, evict_on_read and live key count, tab-separated.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.LONG, Flag.JSON);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        String project = operands.isEmpty() ? inv.scope().project() : operands.get(0);
        NameRules.check("project", project, inv.scope().delimiter());
        if (!inv.has(Flag.JSON) && !inv.has(Flag.LONG)) {
            for (NamespaceRef ref : inv.pronto().namespaceRefs(project)) {
                inv.out().line(ref.namespace());
            }
            return ExitCode.OK;
        }
        for (NamespaceInfo info : inv.pronto().namespaces(project)) {
            if (inv.has(Flag.JSON)) {
                inv.out().line(NamespaceJson.of(info));
            } else {
                NamespaceSettings s = info.settings();
                inv.out().line(String.join("\t", info.ref().namespace(), s.kind().label, orDash(s.ttlSeconds()),
                        orDash(s.maxItems()), s.evictOnRead() ? "1" : "0", Long.toString(info.liveKeys())));
            }
        }
        return ExitCode.OK;
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }
}
