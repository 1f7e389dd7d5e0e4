package io.prontodb;

import io.prontodb.cli.Cli;
import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.time.Clock;

/** The entry point, and the only place that ends the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Environment env = Environment.system();
        // The launcher tells whether stdin is a terminal; without it, a console means an interactive stdin.
        boolean stdinIsTerminal = env.isSet("PRONTO_STDIN_TTY", "1")
                || (!env.isSet("PRONTO_STDIN_TTY", "0") && System.console() != null);
        Output output = new Output(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), System.err);
        // System.in, not a FileInputStream: on JDK 17 FileInputStream.readAllBytes seeks, which fails on a pipe.
        int code = run(env, System.in, stdinIsTerminal, output, args);
        System.err.flush();
        // halt, not exit: there are no shutdown hooks to run, and exit's logging set-up costs milliseconds.
        Runtime.getRuntime().halt(code);
    }

    /** One command, start to exit code; the start-up cache's training runs its calls through here as well. */
    static int run(Environment env, InputStream stdin, boolean stdinIsTerminal, Output output, String[] args) {
        int malformed = MalformedArguments.first(args);
        if (malformed > 0) {
            output.error("argument " + malformed + " is not valid UTF-8", "names and arguments must be UTF-8;"
                    + " pass other bytes as a value on stdin ('set ADDR -') or with --b64");
            return ExitCode.DATA.code;
        }
        return new Cli(env, stdin, stdinIsTerminal, output, Clock.systemUTC()).run(args);
    }
}
