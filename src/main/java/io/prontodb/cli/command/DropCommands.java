package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NameRules;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cache.DropAdmin;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;

/** admin drop-namespace and drop-project: delete every key and the namespace settings, after confirmation. */
public final class DropCommands {
    private DropCommands() {
    }

    private static DropAdmin admin(Invocation inv) {
        return new DropAdmin(inv.store(), inv.clock());
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
        public ExitCode run(Invocation inv) {
            NamespaceRef ns = inv.parser().parseNamespace(inv.operands(1, 1).get(0));
            String label = ns.format(inv.scope().delimiter());
            long preview = admin(inv).preview(ns);
            if (preview >= 0 && !Confirmation.confirmed(inv, "drop-namespace",
                    "delete namespace " + label + " with its " + keys(preview) + "?")) {
                return declined(inv);
            }
            return report(inv, admin(inv).dropNamespace(ns));
        }
    }

    public static final class Project implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            String project = inv.operands(1, 1).get(0);
            NameRules.check("project", project, inv.scope().delimiter());
            long preview = admin(inv).preview(project);
            if (preview >= 0 && !Confirmation.confirmed(inv, "drop-project",
                    "delete project " + project + " with its " + keys(preview) + "?")) {
                return declined(inv);
            }
            return report(inv, admin(inv).dropProject(project));
        }
    }
}
