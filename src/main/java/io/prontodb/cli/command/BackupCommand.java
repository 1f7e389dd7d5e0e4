package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.HelpText;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.Backup;
import java.util.Set;
import java.nio.file.Path;

public final class BackupCommand implements Command {
    @Override
    public String summary() {
        return "write a consistent snapshot of the database as .tar.gz";
    }

    @Override
    public String usage() {
        return """
            prontodb backup [--out FILE] [--age-recipient R]
            Snapshots the whole database while others keep writing, and packs it with a manifest
            (format, version, time, sha256) and the config. Default FILE:
            prontodb-backup-YYYYMMDDTHHMMSSZ.tar.gz in the current directory; prints the path.
            --age-recipient encrypts with the age tool (FILE then ends in .age).""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.OUT, Flag.AGE_RECIPIENT);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        String recipient = inv.value(Flag.AGE_RECIPIENT);
        Path out = Path.of(inv.has(Flag.OUT) ? inv.value(Flag.OUT)
                : Backup.defaultFileName(inv.clock().instant(), recipient != null));
        inv.pronto().backup(out, recipient, inv.paths().configFile(), HelpText.version(), inv.env());
        inv.out().line(out.toString());
        return ExitCode.OK;
    }
}
