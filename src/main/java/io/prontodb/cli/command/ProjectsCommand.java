package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.JsonText;

public final class ProjectsCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        for (String project : inv.store().projects(inv.clock().millis())) {
            inv.out().line(inv.has(Flag.JSON) ? JsonText.object("project", JsonText.string(project)) : project);
        }
        return ExitCode.OK;
    }
}
