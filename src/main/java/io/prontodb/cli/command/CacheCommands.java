package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cache.CacheAdmin;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import java.util.List;

/** The admin subcommands that manage TTL namespaces: create-cache, set-cache, drop-cache, gc. */
public final class CacheCommands {
    private CacheCommands() {
    }

    private static CacheAdmin admin(Invocation inv) {
        return new CacheAdmin(inv.store(), inv.clock(), inv.scope().delimiter());
    }

    private static NamespaceRef namespace(Invocation inv, List<String> operands) {
        return inv.parser().parseNamespace(operands.get(0));
    }

    public static final class Create implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            List<String> operands = inv.operands(2, 4);
            admin(inv).create(namespace(inv, operands), operands.subList(1, operands.size()));
            return ExitCode.OK;
        }
    }

    public static final class Update implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            List<String> operands = inv.operands(2, 4);
            admin(inv).update(namespace(inv, operands), operands.subList(1, operands.size()));
            return ExitCode.OK;
        }
    }

    public static final class Drop implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            admin(inv).drop(namespace(inv, inv.operands(1, 1)));
            return ExitCode.OK;
        }
    }

    public static final class Gc implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            long removed = admin(inv).collectGarbage();
            inv.out().status("prontodb: gc removed " + removed + " expired key" + (removed == 1 ? "" : "s"));
            return ExitCode.OK;
        }
    }
}
