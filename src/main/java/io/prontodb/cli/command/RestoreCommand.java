package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.Restore;
import java.nio.file.Path;

public final class RestoreCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        Path archive = Path.of(inv.operands(1, 1).get(0));
        Path identity = inv.has(Flag.IDENTITY) ? Path.of(inv.value(Flag.IDENTITY)) : null;
        Restore.Outcome outcome = new Restore(LifecycleAccess.snapshots(inv), inv.paths().configFile(), inv.env())
                .restore(archive, identity, inv.has(Flag.FORCE));
        inv.out().status("restored the backup of " + outcome.manifest().createdAt() + " into " + inv.databasePath());
        if (outcome.previousKeptAs() != null) {
            inv.out().status("the previous database is kept as " + outcome.previousKeptAs());
        }
        if (outcome.configRestored()) {
            inv.out().status("restored the config to " + inv.paths().configFile());
        }
        return ExitCode.OK;
    }
}
