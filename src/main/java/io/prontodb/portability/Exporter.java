package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.KeyValueStore;
import io.prontodb.store.RowScope;
import java.io.IOException;
import java.io.OutputStream;

/** Streams the live entries in a scope to a writer, in address order, one row in memory at a time. */
public final class Exporter {
    private static final long PROGRESS_EVERY = 10_000;

    private final KeyValueStore store;
    private final Progress progress;

    public Exporter(KeyValueStore store, Progress progress) {
        this.store = store;
        this.progress = progress;
    }

    /** Writes the entries of {@code scope} to {@code out}; returns how many. Does not close {@code out}. */
    public long export(RowScope scope, ExportFormat format, long nowMillis, OutputStream out) {
        long[] count = {0};
        try {
            OutputStream buffered = new SingleThreadBuffer(out);
            RecordWriter writer = format.writer(buffered);
            store.forEachRow(scope, false, nowMillis, entry -> {
                try {
                    writer.write(entry);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (++count[0] % PROGRESS_EVERY == 0) {
                    progress.entries(count[0]);
                }
            });
            buffered.flush();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write the export: " + IoErrors.why(e));
        }
        progress.done(count[0]);
        return count[0];
    }
}
