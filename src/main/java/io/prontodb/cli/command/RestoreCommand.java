package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.Pronto;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
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
            Checks the manifest, the sha256 and the database's integrity before anything changes, then
            renames the backup's database into place and keeps the previous one as pronto.db.bak.
            Refuses a database that holds keys unless --force. The backup's config is put in place
            only when there is no config yet.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.FORCE, Flag.IDENTITY);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Path archive = Path.of(inv.operands(1, 1).get(0));
        Path identity = inv.has(Flag.IDENTITY) ? Path.of(inv.value(Flag.IDENTITY)) : null;
        Restore.Outcome outcome = Pronto.restore(inv.target(), inv.options(), archive, identity, inv.has(Flag.FORCE),
                inv.paths().configFile(), inv.env());
        inv.out().status("restored the backup of " + outcome.manifest().createdAt() + " into " + inv.target());
        if (outcome.previousKeptAs() != null) {
            inv.out().status("the previous database is kept as " + outcome.previousKeptAs());
        }
        if (outcome.configRestored()) {
            inv.out().status("restored the config to " + inv.paths().configFile());
        }
        return ExitCode.OK;
    }
}
