package io.prontodb;

/** Process exit codes, as the SPEC defines them. */
public enum ExitCode {
    OK(0),
    ERROR(1),
    MISS(2),
    USAGE(64),
    DATA(65),
    IO(74),
    BUSY(75),
    DENIED(77),
    /** stdout's reader went away: 128 + SIGPIPE, the status of a Unix tool that SIGPIPE ended; nothing is printed. */
    CLOSED_PIPE(141);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
