package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.Uninstaller;
import java.util.Set;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public final class UninstallCommand implements Command {
    @Override
    public String summary() {
        return "remove what install added (data and config stay)";
    }

    @Override
    public String usage() {
        return """
            prontodb uninstall [--prefix DIR] [--purge [--yes]]
            Removes the launcher link and the application files. --purge also deletes the database and
            the config: it asks on a terminal, and needs --yes when stdin is not one. A PostgreSQL
            database is never dropped (other machines may use it).""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.PREFIX, Flag.PURGE, Flag.YES);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        boolean purge = inv.has(Flag.PURGE);
        Uninstaller uninstaller = new Uninstaller(Layouts.of(inv), inv.out()::status);
        if (purge && !inv.has(Flag.YES) && !confirmed(inv, uninstaller.purgeTargets())) {
            inv.out().status("nothing removed");
            return ExitCode.ERROR;
        }
        CompletionFile.remove(inv);
        uninstaller.uninstall(purge);
        return ExitCode.OK;
    }

    private static boolean confirmed(Invocation inv, String targets) {
        if (!inv.stdinIsTerminal()) {
            throw ProntoException.usage("uninstall --purge deletes data and needs confirmation",
                    "add --yes when stdin is not a terminal");
        }
        inv.out().err().print("delete " + targets + "? [y/N] ");
        inv.out().err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(inv.stdin(), StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read the answer: " + IoErrors.why(e));
        }
    }
}
