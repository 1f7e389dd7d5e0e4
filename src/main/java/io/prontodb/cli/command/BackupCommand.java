package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.HelpText;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.Backup;
import java.nio.file.Path;

public final class BackupCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        String recipient = inv.value(Flag.AGE_RECIPIENT);
        Path out = Path.of(inv.has(Flag.OUT) ? inv.value(Flag.OUT)
                : Backup.defaultFileName(inv.clock().instant(), recipient != null));
        new Backup(inv.sqliteStore(), inv.paths().configFile(), HelpText.version(), inv.clock(), inv.env()).write(out, recipient);
        inv.out().line(out.toString());
        return ExitCode.OK;
    }
}
