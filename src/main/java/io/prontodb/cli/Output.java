package io.prontodb.cli;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** stdout carries data (bytes, buffered); stderr carries status lines. */
public final class Output {
    private static final String BROKEN_PIPE = "Broken pipe";
    private final OutputStream out;
    private final PrintStream err;

    public Output(OutputStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw stdoutFailed(e);
        }
    }

    public void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw stdoutFailed(e);
        }
    }

    public void line(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
        newline();
    }

    public void newline() {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw stdoutFailed(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw stdoutFailed(e);
        }
    }

    /** A status line on stderr, such as a warning or a count. */
    public void status(String text) {
        err.println(text);
    }

    public void error(String message, String hint) {
        err.println("prontodb: error: " + message);
        if (hint != null) {
            err.println("hint: " + hint);
        }
    }

    public PrintStream err() {
        return err;
    }

    private static ProntoException stdoutFailed(IOException e) {
        if (BROKEN_PIPE.equals(e.getMessage())) {
            return new StdoutClosed();
        }
        return new ProntoException(ExitCode.IO, "cannot write to stdout: " + IoErrors.why(e));
    }

    /**
     * The reader of stdout went away ({@code prontodb keys | head -1}): the command ends quietly with
     * {@link ExitCode#CLOSED_PIPE}, as a Unix tool ended by SIGPIPE would. The JVM ignores SIGPIPE, so the
     * write fails with EPIPE instead, whose message is the C library's text for it.
     */
    public static final class StdoutClosed extends ProntoException {
        StdoutClosed() {
            super(ExitCode.CLOSED_PIPE, "stdout was closed by its reader");
        }
    }
}
