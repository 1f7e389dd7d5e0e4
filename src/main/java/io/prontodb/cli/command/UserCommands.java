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
        public String summary() {
            return "add a user (password on stdin)";
        }

        @Override
        public String usage() {
            return """
                prontodb admin create-user NAME
                Reads the password from stdin (one line; at least 8 characters), never from arguments.
                NAME: 1-64 letters, digits, '.', '_', '@', '-'.""";
        }

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
        public String summary() {
            return "set a user's password (from stdin); ends its sessions";
        }

        @Override
        public String usage() {
            return "prontodb admin passwd NAME";
        }

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
        public String summary() {
            return "remove a user with its API keys and sessions";
        }

        @Override
        public String usage() {
            return """
                prontodb admin delete-user NAME
                The last remaining user cannot be deleted.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            String name = inv.operands(1, 1).get(0);
            SecurityAccess.open(inv).accounts().delete(name);
            return ExitCode.OK;
        }
    }

    public static final class List implements Command {
        @Override
        public String summary() {
            return "list user names, one per line";
        }

        @Override
        public String usage() {
            return "prontodb admin list-users";
        }

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
