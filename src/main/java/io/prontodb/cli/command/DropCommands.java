package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NameRules;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.util.Set;

/** admin drop-namespace and drop-project: delete every key and the namespace settings, after confirmation. */
public final class DropCommands {
    private DropCommands() {
    }

    private static String keys(long count) {
        return count + (count == 1 ? " key" : " keys");
    }

    private static ExitCode report(Invocation inv, long removed) {
        inv.out().status(keys(removed) + " removed");
        return ExitCode.OK;
    }

    private static ExitCode declined(Invocation inv) {
        inv.out().status("nothing removed");
        return ExitCode.ERROR;
    }

    public static final class Namespace implements Command {
        @Override
        public String summary() {
            return "delete a namespace: every key and its settings";
        }

        @Override
        public String usage() {
            return """
                prontodb admin drop-namespace P.N [--yes]
                One transaction; prints how many live keys were removed on stderr. Asks on a terminal;
                needs --yes when stdin is not one. A namespace that holds nothing is not asked about.""";
        }

        @Override
        public Set<Flag> flags() {
            return Set.of(Flag.YES);
        }

        @Override
        public ExitCode run(Invocation inv) {
            NamespaceRef ns = inv.parser().parseNamespace(inv.operands(1, 1).get(0));
            String label = ns.format(inv.scope().delimiter());
            long preview = inv.pronto().dropPreview(ns);
            if (preview >= 0 && !Confirmation.confirmed(inv, "drop-namespace",
                    "delete namespace " + label + " with its " + keys(preview) + "?")) {
                return declined(inv);
            }
            return report(inv, inv.pronto().dropNamespace(ns));
        }
    }

    public static final class Project implements Command {
        @Override
        public String summary() {
            return "delete a project: every key and namespace setting";
        }

        @Override
        public String usage() {
            return """
                prontodb admin drop-project P [--yes]
                One transaction; prints how many live keys were removed on stderr ("0 keys removed" for
                a project that does not exist). Asks on a terminal; needs --yes when stdin is not one.""";
        }

        @Override
        public Set<Flag> flags() {
            return Set.of(Flag.YES);
        }

        @Override
        public ExitCode run(Invocation inv) {
            String project = inv.operands(1, 1).get(0);
            NameRules.check("project", project, inv.scope().delimiter());
            long preview = inv.pronto().dropPreview(project);
            if (preview >= 0 && !Confirmation.confirmed(inv, "drop-project",
                    "delete project " + project + " with its " + keys(preview) + "?")) {
                return declined(inv);
            }
            return report(inv, inv.pronto().dropProject(project));
        }
    }
}
