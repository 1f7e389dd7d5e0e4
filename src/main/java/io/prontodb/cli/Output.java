package io.prontodb.cli;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** stdout carries data (bytes, buffered); stderr carries status lines. */
public final class Output {
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
        return new ProntoException(ExitCode.IO, "cannot write to stdout: " + e.getMessage());
    }
}
