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
import io.prontodb.portability.Importer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

public final class ImportCommand implements Command {
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
        Importer importer = new Importer(inv.store(), inv.scope().delimiter(), policy,
                TerminalProgress.forCommand(inv, "imported"));
        ImportResult result;
        if (fromStdin) {
            result = importer.importAll(format.reader(inv.stdin()));
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                result = importer.importAll(format.reader(in));
            } catch (NoSuchFileException e) {
                throw new ProntoException(ExitCode.IO, "no such file: " + file);
            } catch (IOException e) {
                throw new ProntoException(ExitCode.IO, "cannot read " + file + ": " + IoErrors.why(e));
            }
        }
        inv.out().status("imported " + result.written() + " entries"
                + (result.skipped() > 0 ? ", kept " + result.skipped() + " existing" : ""));
        return ExitCode.OK;
    }
}
