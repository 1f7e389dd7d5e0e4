package io.prontodb.cli;

/** Renders docs/cli.md from the command table, so the reference can never drift from the help texts. */
public final class CliDocs {
    private CliDocs() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder()
                .append("# ProntoDB command reference\n\n")
                .append("Generated from the command table (`CliDocsTest` fails when this file drifts; regenerate with\n")
                .append("`mvn -q test -Dtest=CliDocsTest -Dprontodb.updateDocs=true`).\n\n")
                .append("```\n").append(HelpText.fullUsage()).append("```\n");
        for (CommandSpec spec : CommandTable.all()) {
            section(out, spec, "");
            for (CommandSpec sub : spec.subcommands()) {
                section(out, sub, spec.name() + " ");
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, CommandSpec spec, String parent) {
        out.append("\n## ").append(parent).append(spec.name()).append("\n\n")
                .append("```\n").append(HelpText.commandUsage(spec)).append("```\n");
    }
}
