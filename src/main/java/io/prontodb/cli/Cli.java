package io.prontodb.cli;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Parses argv, dispatches through the command table, and turns every failure into one error line and a code. */
public final class Cli {
    private final Environment env;
    private final InputStream stdin;
    private final boolean stdinIsTerminal;
    private final Output output;
    private final Clock clock;

    public Cli(Environment env, InputStream stdin, boolean stdinIsTerminal, Output output, Clock clock) {
        this.env = env;
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.output = output;
        this.clock = clock;
    }

    public int run(String[] argv) {
        ExitCode code;
        try {
            code = dispatch(argv);
            output.flush();
        } catch (Output.StdoutClosed e) {
            code = e.exitCode();
        } catch (ProntoException e) {
            flushQuietly();
            output.error(e.getMessage(), e.hint());
            debugTrace(e);
            code = e.exitCode();
        } catch (RuntimeException | OutOfMemoryError e) {
            flushQuietly();
            output.error("internal error: " + e, "run again with PRONTO_DEBUG=1 for details");
            debugTrace(e);
            code = ExitCode.ERROR;
        }
        return code.code;
    }

    private ExitCode dispatch(String[] argv) {
        if (argv.length == 0) {
            output.err().print(HelpText.shortUsage());
            return ExitCode.USAGE;
        }
        ParsedArgs args = ArgParser.parse(argv);
        String name = args.commandName();
        if (name == null) {
            if (args.has(Flag.VERSION)) {
                output.line(HelpText.versionLine());
                return ExitCode.OK;
            }
            if (args.has(Flag.HELP)) {
                output.write(HelpText.fullUsage().getBytes(StandardCharsets.UTF_8));
                return ExitCode.OK;
            }
            throw ProntoException.usage("no command given", "run 'prontodb help'");
        }
        CommandSpec spec = CommandTable.find(name);
        if (spec == null) {
            throw ProntoException.usage("unknown command: " + name, "run 'prontodb help' for the list of commands");
        }
        if (spec.isGroup() && args.operands().isEmpty() && args.has(Flag.HELP)) {
            return printUsage(spec);
        }
        if (spec.isGroup() && !args.operands().isEmpty() && args.operands().get(0).equals("help")) {
            return printGroupHelp(spec, args.operands());
        }
        if (spec.isGroup()) {
            List<String> operands = args.operands();
            CommandSpec sub = operands.isEmpty() ? null : spec.subcommand(operands.get(0));
            if (sub == null) {
                String what = operands.isEmpty() ? "missing subcommand" : "unknown subcommand: " + operands.get(0);
                throw ProntoException.usage(spec.name() + ": " + what, "run 'prontodb help " + spec.name() + "'");
            }
            spec = sub;
            args = new ParsedArgs(operands, args.flags());
        }
        if (args.has(Flag.HELP)) {
            return printUsage(spec);
        }
        Command command = spec.command();
        for (Flag flag : args.flags().keySet()) {
            if (!CommandSpec.GLOBAL_FLAGS.contains(flag) && !command.flags().contains(flag)) {
                throw ProntoException.usage("option " + flag.longName + " does not apply to " + spec.name(),
                        "usage: " + CommandSpec.synopsis(command.usage()));
            }
        }
        try (Invocation invocation = new Invocation(spec.name(), command, args, env, stdin, stdinIsTerminal, output,
                clock)) {
            return command.run(invocation);
        }
    }

    /** {@code admin help} and {@code admin help SUBCOMMAND}, the same as {@code help admin [SUBCOMMAND]}. */
    private ExitCode printGroupHelp(CommandSpec group, List<String> operands) {
        if (operands.size() > 2) {
            throw ProntoException.usage("too many arguments for " + group.name() + " help",
                    "usage: prontodb " + group.name() + " help [SUBCOMMAND]");
        }
        CommandSpec spec = operands.size() == 1 ? group : group.subcommand(operands.get(1));
        if (spec == null) {
            throw ProntoException.usage(group.name() + ": unknown subcommand: " + operands.get(1),
                    "run 'prontodb help " + group.name() + "'");
        }
        return printUsage(spec);
    }

    private ExitCode printUsage(CommandSpec spec) {
        output.write(HelpText.commandUsage(spec).getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }

    private void flushQuietly() {
        try {
            output.flush();
        } catch (ProntoException ignored) {
            // the original error is the one to report
        }
    }

    private void debugTrace(Throwable e) {
        if (env.isSet("PRONTO_DEBUG", "1")) {
            e.printStackTrace(output.err());
        }
    }
}
