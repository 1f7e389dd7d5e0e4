package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ImportResult;
import java.util.Set;
import java.nio.file.Path;

public final class ImportFsCommand implements Command {
    @Override
    public String summary() {
        return "read a directory written by export-fs (all or nothing)";
    }

    @Override
    public String usage() {
        return """
            prontodb import-fs DIR [--on-conflict replace|skip|fail]
            One transaction. Hidden entries (names starting with '.') are skipped; symbolic links and
            files outside the layout are errors. In a TTL namespace each key gets the namespace's timeout;
            max_items holds.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.ON_CONFLICT);
    }

    @Override
    public ExitCode run(Invocation inv) {
        Path dir = Path.of(inv.operands(1, 1).get(0));
        ConflictPolicy policy = ConflictPolicy.parse(inv.value(Flag.ON_CONFLICT));
        ImportResult result = inv.pronto().importFs(dir, policy);
        inv.out().status(result.summary());
        return ExitCode.OK;
    }
}
