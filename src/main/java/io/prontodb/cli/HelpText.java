package io.prontodb.cli;

import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Usage texts, all drawn from the command table so help, per-command help and docs never drift apart. */
public final class HelpText {
    private HelpText() {
    }

    public static String version() {
        try (InputStream in = HelpText.class.getResourceAsStream("/io/prontodb/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new ProntoException(io.prontodb.ExitCode.ERROR, "cannot read version: " + IoErrors.why(e));
        }
    }

    public static String versionLine() {
        return "prontodb " + version();
    }

    public static String shortUsage() {
        return "usage: prontodb COMMAND [ARGS] [OPTIONS]\n"
                + "  e.g. prontodb set app.cfg.color blue; prontodb get app.cfg.color\n"
                + "run 'prontodb help' for the commands\n";
    }

    public static String fullUsage() {
        StringBuilder out = new StringBuilder()
                .append("ProntoDB: a fast command-line key-value store on one SQLite file.\n\n")
                .append("usage: prontodb COMMAND [ARGS] [OPTIONS]\n")
                .append("address: [[PROJECT.]NAMESPACE.]KEY[__CONTEXT]\n\n")
                .append("commands:\n");
        for (CommandSpec spec : CommandTable.all()) {
            out.append(String.format("  %-12s %s%n", spec.name(), spec.summary()));
        }
        out.append("\noptions for every command:\n");
        for (Flag flag : Flag.values()) {
            if (CommandSpec.GLOBAL_FLAGS.contains(flag)) {
                appendFlag(out, flag);
            }
        }
        out.append("\nexit codes: 0 ok, 1 error, 2 not found, 64 usage, 65 bad data, 74 I/O, 75 busy, 77 denied\n")
                .append("run 'prontodb help COMMAND' for one command\n");
        return out.toString();
    }

    public static String commandUsage(CommandSpec spec) {
        StringBuilder out = new StringBuilder("usage: ").append(spec.usage()).append("\n\n")
                .append(spec.summary()).append('\n');
        if (!spec.aliases().isEmpty()) {
            out.append("alias: ").append(String.join(", ", spec.aliases())).append('\n');
        }
        out.append("\noptions:\n");
        for (Flag flag : Flag.values()) {
            if (spec.flags().contains(flag)) {
                appendFlag(out, flag);
            }
        }
        out.append("  (and -p, -n, -d, --cursor, --ns-delim, --help)\n");
        return out.toString();
    }

    private static void appendFlag(StringBuilder out, Flag flag) {
        out.append(String.format("  %-22s %s%n", flag.synopsis(), flag.description));
    }
}
