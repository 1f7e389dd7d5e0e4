package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.NameRules;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.config.Cursor;
import io.prontodb.config.CursorName;
import io.prontodb.config.CursorPrecedence;
import io.prontodb.config.CursorStore;
import io.prontodb.config.Target;
import java.nio.file.Path;

/** The cursor subcommands: named targets with default project and namespace (see docs/cursors.md). */
public final class CursorCommands {
    private CursorCommands() {
    }

    private static CursorStore cursors(Invocation inv) {
        return new CursorStore(inv.paths());
    }

    public static final class Set implements Command {
        @Override
        public String summary() {
            return "add or replace a cursor";
        }

        @Override
        public String usage() {
            return """
                prontodb cursor set NAME TARGET [-p PROJECT] [-n NAMESPACE]
                TARGET is a database file (kept as an absolute path), a postgresql:// URL or an
                http(s):// server URL. -p and -n become this cursor's defaults, below explicit flags.
                NAME may not hold '/', whitespace or control characters, nor start with '.'.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            var operands = inv.operands(2, 2);
            String name = CursorName.check(operands.get(0));
            String target = operands.get(1);
            if (target.isEmpty() || target.chars().anyMatch(Character::isISOControl)) {
                throw ProntoException.usage("cursor target is empty or holds control characters");
            }
            if (Cursor.isUrl(target)) {
                Target.parse(target, inv.env());
            } else {
                target = Path.of(target).toAbsolutePath().normalize().toString();
            }
            String project = inv.value(Flag.PROJECT);
            String namespace = inv.value(Flag.NAMESPACE);
            if (project != null) {
                NameRules.check("project", project, inv.delimiter());
            }
            if (namespace != null) {
                NameRules.check("namespace", namespace, inv.delimiter());
            }
            cursors(inv).save(new Cursor(name, target, project, namespace));
            return ExitCode.OK;
        }
    }

    public static final class List implements Command {
        @Override
        public String summary() {
            return "list cursors: name, target, project, namespace";
        }

        @Override
        public String usage() {
            return """
                prontodb cursor list
                Tab-separated, '-' for a default not set; the active cursor's line starts with '*'.
                Passwords in targets are shown as ***.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            String active = inv.config().get(CursorStore.ACTIVE_KEY);
            for (Cursor cursor : cursors(inv).all()) {
                inv.out().line((cursor.name().equals(active) ? "* " : "  ") + cursor.name() + "\t"
                        + cursor.displayTarget() + "\t" + orDash(cursor.project()) + "\t" + orDash(cursor.namespace()));
            }
            return ExitCode.OK;
        }

        private static String orDash(String value) {
            return value == null ? "-" : value;
        }
    }

    public static final class Use implements Command {
        @Override
        public String summary() {
            return "make a cursor the active one (kept in pronto.conf)";
        }

        @Override
        public String usage() {
            return """
                prontodb cursor use NAME
                Every later call uses it unless -d, --cursor or PRONTO_DB says otherwise.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            String name = CursorName.check(inv.operands(1, 1).get(0));
            cursors(inv).use(name);
            if (inv.env().get(CursorPrecedence.DB_VARIABLE) != null) {
                inv.out().status("prontodb: note: " + CursorPrecedence.DB_VARIABLE
                        + " is set and wins over the active cursor in this environment");
            }
            return ExitCode.OK;
        }
    }

    public static final class Active implements Command {
        @Override
        public String summary() {
            return "print the active cursor's name (exit 2: none)";
        }

        @Override
        public String usage() {
            return """
                prontodb cursor active
                With --cursor NAME, prints NAME (after checking it exists).""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            String name = inv.has(Flag.CURSOR) ? inv.value(Flag.CURSOR) : inv.config().get(CursorStore.ACTIVE_KEY);
            if (name == null || name.isEmpty()) {
                throw new ProntoException(ExitCode.MISS, "no cursor is active",
                        "choose one with 'prontodb cursor use NAME'");
            }
            inv.out().line(cursors(inv).require(CursorName.check(name)).name());
            return ExitCode.OK;
        }
    }

    public static final class Delete implements Command {
        @Override
        public String summary() {
            return "remove a cursor (and its choice when active)";
        }

        @Override
        public String usage() {
            return "prontodb cursor delete NAME";
        }

        @Override
        public ExitCode run(Invocation inv) {
            String name = CursorName.check(inv.operands(1, 1).get(0));
            cursors(inv).delete(name, inv.config());
            return ExitCode.OK;
        }
    }
}
