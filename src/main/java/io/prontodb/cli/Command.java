package io.prontodb.cli;

import io.prontodb.ExitCode;
import java.util.Set;

/**
 * One command: it owns its usage text and the flags it accepts; running it parses its operands, calls the
 * library ({@link io.prontodb.Pronto}), writes output and returns the exit code.
 */
public interface Command {
    /** One line for the command list. */
    String summary();

    /** The synopsis ({@code prontodb NAME ...}) on the first line, then details. */
    String usage();

    /** The flags accepted beyond {@link CommandSpec#GLOBAL_FLAGS}. */
    default Set<Flag> flags() {
        return Set.of();
    }

    ExitCode run(Invocation invocation);
}
