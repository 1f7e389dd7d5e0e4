package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.HelpText;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.Backup;
import io.prontodb.lifecycle.BackupListing;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class BackupCommand implements Command {
    @Override
    public String summary() {
        return "write a consistent snapshot of the database as .tar.gz";
    }

    @Override
    public String usage() {
        return """
            prontodb backup [--out FILE|DIR|-] [--age-recipient R]
            prontodb backup --list [DIR]
            Snapshots the whole database while others keep writing, and packs it with a manifest
            (format, version, time, sha256) and the config. Default FILE:
            prontodb-backup-YYYYMMDDTHHMMSSZ.tar.gz in the current directory, or in DIR when --out
            names a directory; prints the path. --out - writes the archive to stdout.
            --age-recipient encrypts with the age tool (FILE then ends in .age); nothing unencrypted
            is written outside the database's private directory.
            --list prints one line per archive in DIR: name, time, size in bytes, and 'ok' when its
            checksums verify ('encrypted' when they cannot be checked, else what is wrong).""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.OUT, Flag.AGE_RECIPIENT, Flag.LIST);
    }

    private static final String STDOUT = "-";

    @Override
    public ExitCode run(Invocation inv) {
        if (inv.has(Flag.LIST)) {
            return list(inv);
        }
        inv.operands(0, 0);
        String recipient = inv.value(Flag.AGE_RECIPIENT);
        String defaultName = Backup.defaultFileName(inv.clock().instant(), recipient != null);
        String requested = inv.value(Flag.OUT);
        Path out = requested == null ? Path.of(defaultName)
                : requested.equals(STDOUT) ? null
                : Files.isDirectory(Path.of(requested)) ? Path.of(requested).resolve(defaultName)
                : Path.of(requested);
        Backup backup = new Backup(LifecycleAccess.snapshots(inv), inv.paths().configFile(), HelpText.version(),
                inv.clock(), inv.env());
        backup.write(out, new OutputAdapter(inv.out()), recipient);
        if (out != null) {
            inv.out().line(out.toString());
        }
        return ExitCode.OK;
    }

    private static ExitCode list(Invocation inv) {
        if (inv.has(Flag.OUT) || inv.has(Flag.AGE_RECIPIENT)) {
            throw ProntoException.usage("--list takes no --out or --age-recipient", "usage: prontodb backup --list [DIR]");
        }
        List<String> dir = inv.operands(0, 1);
        for (BackupListing.Line line : BackupListing.of(Path.of(dir.isEmpty() ? "." : dir.get(0)))) {
            inv.out().line(line.text());
        }
        return ExitCode.OK;
    }
}
