package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.TerminalProgress;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.ImportResult;
import io.prontodb.portability.Progress;
import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

public final class ImportCommand implements Command {
    @Override
    public String summary() {
        return "read entries written by export (all or nothing)";
    }

    @Override
    public String usage() {
        return """
            prontodb import [FILE|-] [--format tsv|jsonl] [--on-conflict replace|skip|fail]
            Reads FILE, or stdin when FILE is '-' or absent. One transaction: the first bad line (named by
            its number) or conflict (with fail) leaves the database unchanged. An expires_at in the input is
            kept as given; an entry without one gets a TTL namespace's timeout, as set does. max_items holds:
            the entries written last stay.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.FORMAT, Flag.ON_CONFLICT);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        String file = operands.isEmpty() ? "-" : operands.get(0);
        ConflictPolicy policy = ConflictPolicy.parse(inv.value(Flag.ON_CONFLICT));
        boolean fromStdin = file.equals("-");
        ExportFormat format = ExportFormat.choose(inv.value(Flag.FORMAT), fromStdin ? null : file);
        if (fromStdin && inv.stdinIsTerminal()) {
            throw ProntoException.usage("import reads stdin, which is a terminal", "give a file, or pipe the data in");
        }
        Progress progress = TerminalProgress.forCommand(inv, "imported");
        ImportResult result;
        if (fromStdin) {
            result = inv.pronto().importRecords(format.reader(inv.stdin()), policy, progress);
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                result = inv.pronto().importRecords(format.reader(in), policy, progress);
            } catch (NoSuchFileException e) {
                throw new ProntoException(ExitCode.IO, "no such file: " + file);
            } catch (IOException e) {
                throw new ProntoException(ExitCode.IO, "cannot read " + file + ": " + IoErrors.why(e));
            }
        }
        inv.out().status(result.summary());
        return ExitCode.OK;
    }
}
