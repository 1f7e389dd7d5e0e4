package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Delimiter;
import io.prontodb.store.BulkInsert;
import io.prontodb.store.Entry;
import io.prontodb.store.Store;

/**
 * Writes entries from a reader in one write transaction: every record is validated first, and the first bad
 * record or conflict rolls back everything. Entries keep the expiry they carry.
 */
public final class Importer {
    private static final long PROGRESS_EVERY = 10_000;

    private final Store store;
    private final Delimiter delimiter;
    private final ConflictPolicy policy;
    private final Progress progress;

    public Importer(Store store, Delimiter delimiter, ConflictPolicy policy, Progress progress) {
        this.store = store;
        this.delimiter = delimiter;
        this.policy = policy;
        this.progress = progress;
    }

    public ImportResult importAll(RecordReader reader) {
        ImportResult result = store.inWriteTransaction(() -> {
            long written = 0;
            long skipped = 0;
            try (BulkInsert insert = store.bulkInsert(policy == ConflictPolicy.REPLACE)) {
                for (Entry entry = reader.next(); entry != null; entry = reader.next()) {
                    try {
                        EntryRules.check(entry.address());
                    } catch (IllegalArgumentException e) {
                        throw ProntoException.badData("line " + reader.lineNumber() + ": " + e.getMessage());
                    }
                    if (insert.insert(entry)) {
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
            }
            return new ImportResult(written, skipped);
        });
        progress.done(result.written() + result.skipped());
        return result;
    }
}
