package io.prontodb;

import io.prontodb.cli.Cli;
import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
        Cli cli = new Cli(env, System.in, stdinIsTerminal, output, Clock.systemUTC());
        int code = cli.run(args);
        System.err.flush();
        // halt, not exit: there are no shutdown hooks to run, and exit's logging set-up costs milliseconds.
        Runtime.getRuntime().halt(code);
    }
}
