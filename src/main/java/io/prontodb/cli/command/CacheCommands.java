package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.address.NamespaceRef;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import java.util.List;

/** The admin subcommands that manage TTL namespaces: create-cache, set-cache, drop-cache, gc. */
public final class CacheCommands {
    private CacheCommands() {
    }

    private static NamespaceRef namespace(Invocation inv, List<String> operands) {
        return inv.parser().parseNamespace(operands.get(0));
    }

    public static final class Create implements Command {
        @Override
        public String summary() {
            return "declare a TTL namespace";
        }

        @Override
        public String usage() {
            return """
                prontodb admin create-cache P.N timeout=S [max_items=N] [evict_on_read=0|1]
                also: prontodb admin create-cache P.N S
                Keys written there expire S seconds after their last write unless set --ttl says
                otherwise. max_items=N evicts expired keys, then the least recently written, to keep
                N live keys. evict_on_read=1 makes every read of the namespace delete its expired keys.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            List<String> operands = inv.operands(2, 4);
            NamespaceRef ns = namespace(inv, operands);
            inv.pronto().createCache(ns, operands.subList(1, operands.size()));
            return ExitCode.OK;
        }
    }

    public static final class Update implements Command {
        @Override
        public String summary() {
            return "change a TTL namespace's settings";
        }

        @Override
        public String usage() {
            return """
                prontodb admin set-cache P.N key=value ...
                Keys already written keep their expiry; later writes use the new timeout.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            List<String> operands = inv.operands(2, 4);
            NamespaceRef ns = namespace(inv, operands);
            inv.pronto().updateCache(ns, operands.subList(1, operands.size()));
            return ExitCode.OK;
        }
    }

    public static final class Drop implements Command {
        @Override
        public String summary() {
            return "make a TTL namespace standard again";
        }

        @Override
        public String usage() {
            return """
                prontodb admin drop-cache P.N
                Expired keys are deleted; live keys stay, without expiry.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            NamespaceRef ns = namespace(inv, inv.operands(1, 1));
            inv.pronto().dropCache(ns);
            return ExitCode.OK;
        }
    }

    public static final class Gc implements Command {
        @Override
        public String summary() {
            return "delete every expired key (count on stderr)";
        }

        @Override
        public String usage() {
            return "prontodb admin gc";
        }

        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            long removed = inv.pronto().collectGarbage();
            inv.out().status("prontodb: gc removed " + removed + " expired key" + (removed == 1 ? "" : "s"));
            return ExitCode.OK;
        }
    }
}
