package io.prontodb.cli;

import io.prontodb.ExitCode;

/** One command: parse its operands, call the store or a service, write output, return the exit code. */
public interface Command {
    ExitCode run(Invocation invocation);
}
