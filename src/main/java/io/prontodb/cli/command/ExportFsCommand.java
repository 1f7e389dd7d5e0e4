package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.ExportPath;
import io.prontodb.store.RowScope;
import java.nio.file.Path;
import java.util.List;

public final class ExportFsCommand implements Command {
    @Override
    public String summary() {
        return "mirror entries as files: DIR/PROJECT/NAMESPACE/[CONTEXT/]KEY.json";
    }

    @Override
    public String usage() {
        return """
            prontodb export-fs DIR [PROJECT[.NAMESPACE[.PREFIX]]]
            Each live entry becomes one file holding its value: p.n.k -> DIR/p/n/k.json and
            p.n.k__c -> DIR/p/n/c/k.json. Unsafe names are percent-encoded (%2F for '/', %2E for a
            leading '.', ...), so nothing is written outside DIR. Expiries are not mirrored.""";
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(1, 2);
        RowScope scope = ExportPath.parse(operands.size() == 2 ? operands.get(1) : null, inv.scope().delimiter());
        long written = inv.pronto().exportFs(Path.of(operands.get(0)), scope);
        inv.out().status("exported " + written + " entries to " + operands.get(0));
        return ExitCode.OK;
    }
}
