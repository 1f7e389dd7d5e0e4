package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.JsonText;
import java.util.Set;

public final class ProjectsCommand implements Command {
    @Override
    public String summary() {
        return "list projects with live keys or declared namespaces";
    }

    @Override
    public String usage() {
        return "prontodb projects [--json]";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.JSON);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        for (String project : inv.pronto().projects()) {
            inv.out().line(inv.has(Flag.JSON) ? JsonText.object("project", JsonText.string(project)) : project);
        }
        return ExitCode.OK;
    }
}
