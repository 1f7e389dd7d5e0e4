package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Delimiter;
import io.prontodb.cache.WriteBatch;
import io.prontodb.store.Entry;
import io.prontodb.store.Store;
import java.time.Clock;

/**
 * Writes entries from a reader in one write transaction through the write rules ({@link WriteBatch}): every
 * record is validated first, and the first bad record or conflict rolls back everything.
 */
public final class Importer {
    private static final long PROGRESS_EVERY = 10_000;

    private final Store store;
    private final Clock clock;
    private final Delimiter delimiter;
    private final ConflictPolicy policy;
    private final Progress progress;

    public Importer(Store store, Clock clock, Delimiter delimiter, ConflictPolicy policy, Progress progress) {
        this.store = store;
        this.clock = clock;
        this.delimiter = delimiter;
        this.policy = policy;
        this.progress = progress;
    }

    public ImportResult importAll(RecordReader reader) {
        ImportResult result = store.inWriteTransaction(() -> {
            long written = 0;
            long skipped = 0;
            try (WriteBatch batch = new WriteBatch(store, clock, policy == ConflictPolicy.REPLACE)) {
                for (Entry entry = reader.next(); entry != null; entry = reader.next()) {
                    try {
                        EntryRules.check(entry.address());
                    } catch (IllegalArgumentException e) {
                        throw ProntoException.badData("line " + reader.lineNumber() + ": " + e.getMessage());
                    }
                    if (batch.insert(entry)) {
                        written++;
                    } else if (policy == ConflictPolicy.FAIL) {
                        throw new ProntoException(ExitCode.ERROR, "line " + reader.lineNumber() + ": "
                                + entry.address().format(delimiter) + " already exists; nothing imported",
                                "use --on-conflict replace or --on-conflict skip");
                    } else {
                        skipped++;
                    }
                    if ((written + skipped) % PROGRESS_EVERY == 0) {
                        progress.entries(written + skipped);
                    }
                }
                long distinct = batch.distinctInserted();
                batch.finish();
                return new ImportResult(distinct, skipped, written - distinct);
            }
        });
        progress.done(result.written() + result.skipped());
        return result;
    }
}
