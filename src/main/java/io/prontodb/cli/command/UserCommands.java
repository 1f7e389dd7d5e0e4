package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;

/** The admin subcommands for users: create-user, passwd, delete-user, list-users. Passwords come from stdin. */
public final class UserCommands {
    private UserCommands() {
    }

    public static final class Create implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            String name = inv.operands(1, 1).get(0);
            char[] password = SecurityAccess.readSecret(inv, "new password for " + name + ": ");
            SecurityAccess.open(inv).accounts().create(name, password);
            return ExitCode.OK;
        }
    }

    public static final class Passwd implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            String name = inv.operands(1, 1).get(0);
            char[] password = SecurityAccess.readSecret(inv, "new password for " + name + ": ");
            SecurityAccess.open(inv).accounts().changePassword(name, password);
            return ExitCode.OK;
        }
    }

    public static final class Delete implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            String name = inv.operands(1, 1).get(0);
            SecurityAccess.open(inv).accounts().delete(name);
            return ExitCode.OK;
        }
    }

    public static final class List implements Command {
        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            for (String name : SecurityAccess.open(inv).accounts().list()) {
                inv.out().line(name);
            }
            return ExitCode.OK;
        }
    }
}
