package io.prontodb;

/** Every expected failure: carries the exit code, a one-line message and an optional hint. */
public class ProntoException extends RuntimeException {
    private final ExitCode exitCode;
    private final String hint;

    public ProntoException(ExitCode exitCode, String message) {
        this(exitCode, message, null, null);
    }

    public ProntoException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public ProntoException(ExitCode exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public static ProntoException usage(String message) {
        return new ProntoException(ExitCode.USAGE, message);
    }

    public static ProntoException usage(String message, String hint) {
        return new ProntoException(ExitCode.USAGE, message, hint);
    }

    public static ProntoException badData(String message) {
        return new ProntoException(ExitCode.DATA, message);
    }

    public static ProntoException badData(String message, String hint) {
        return new ProntoException(ExitCode.DATA, message, hint);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String hint() {
        return hint;
    }
}
