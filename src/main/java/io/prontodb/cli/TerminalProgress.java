package io.prontodb.cli;

import io.prontodb.portability.Progress;
import java.io.PrintStream;

/** A counter redrawn in place on stderr, at most a few times a second; only used when stderr is a terminal. */
public final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String verb;
    private long lastDrawn;
    private boolean drawn;

    private TerminalProgress(PrintStream err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    /** Progress for {@code verb} ("imported", "exported"), or nothing when stderr is not a terminal. */
    public static Progress forCommand(Invocation inv, String verb) {
        return inv.stderrIsTerminal() ? new TerminalProgress(inv.out().err(), verb) : Progress.NONE;
    }

    @Override
    public void entries(long count) {
        long now = System.nanoTime();
        if (!drawn || now - lastDrawn >= REDRAW_NANOS) {
            err.printf("\r%s %,d entries", verb, count);
            err.flush();
            lastDrawn = now;
            drawn = true;
        }
    }

    @Override
    public void done(long count) {
        if (drawn) {
            err.printf("\r%s %,d entries%n", verb, count);
        }
    }
}
