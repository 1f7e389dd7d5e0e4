package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.HelpText;
import io.prontodb.config.Target;
import io.prontodb.lifecycle.PreviousDataArchive;
import io.prontodb.lifecycle.Restore;
import java.util.Set;
import java.nio.file.Path;

public final class RestoreCommand implements Command {
    @Override
    public String summary() {
        return "replace the database with a verified backup";
    }

    @Override
    public String usage() {
        return """
            prontodb restore FILE [--force] [--identity AGE_IDENTITY_FILE]
            Checks the manifest, the sha256, the integrity check and the schema before anything
            changes, then replaces the database's contents in one transaction under the write lock
            (exit 75 when it cannot get it) and keeps the previous contents: as pronto.db.bak for a
            file, as a backup archive prontodb-before-restore-*.tar.gz in the data directory for
            PostgreSQL.
            Refuses a database that holds keys, or a damaged or foreign file, unless --force.
            The backup's config is put in place only when there is no config yet.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.FORCE, Flag.IDENTITY);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Path archive = Path.of(inv.operands(1, 1).get(0));
        Path identity = inv.has(Flag.IDENTITY) ? Path.of(inv.value(Flag.IDENTITY)) : null;
        PreviousDataArchive previousData = new PreviousDataArchive(inv.paths().dataDir(), HelpText.version(), inv.clock());
        Restore.Outcome outcome = new Restore(LifecycleAccess.snapshots(inv), inv.paths().configFile(), previousData,
                inv.env()).restore(archive, identity, inv.has(Flag.FORCE));
        inv.out().status("restored the backup of " + outcome.manifest().createdAt() + " into " + inv.target().describe());
        if (outcome.previousKeptAs() != null) {
            inv.out().status(inv.target() instanceof Target.Sqlite
                    ? "the previous database is kept as " + outcome.previousKeptAs()
                    : "the previous data is kept as the backup " + outcome.previousKeptAs());
        }
        if (outcome.configRestored()) {
            inv.out().status("restored the config to " + inv.paths().configFile());
        }
        return ExitCode.OK;
    }
}
