package io.prontodb.store;

import java.nio.file.Path;

/**
 * Whole-data snapshots of one backend, as files: take a consistent one while others write, check one, and replace
 * the live data with one. The backend decides the file's form (SQLite: a database file); the archive around it, its
 * manifest and checksums belong to the caller.
 */
public interface Snapshots {
    /**
     * A new private (0700) directory for staging snapshot files: the only place plaintext copies of the data are
     * written, and (SQLite) on the live database's file system, so a staged file can be renamed into place.
     */
    Path newStagingDirectory();

    /**
     * Writes a consistent snapshot of all data (every table, as of one moment) to {@code file}, which must not exist;
     * writers carry on meanwhile.
     */
    void take(Path file);

    /**
     * Checks that {@code file} is an intact ProntoDB snapshot of a schema this version knows, and brings it to the
     * current schema. A file that is not one is a {@code DATA} error; nothing live is touched.
     */
    void verify(Path file);

    /**
     * Excludes every other restore of the same live data until closed; a second one fails at once with {@code BUSY}.
     */
    Lease lockForRestore();

    /** Held until closed. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Replaces the live data with the verified snapshot in {@code file}, so that no write is lost: a write that
     * committed before is in the previous data, one that commits after lands in the restored data. Without
     * {@code force}, live data that holds keys or namespace settings, or that is not a ProntoDB database this
     * version can read, is refused ({@code ERROR}). A backend whose data is a file keeps the previous one beside it;
     * one whose data is not a file hands a snapshot of the previous data to {@code previous} before replacing it.
     *
     * @return where the previous data is kept, or null when there was none
     */
    String replace(Path file, boolean force, PreviousData previous);

    /** Keeps the data a replace overwrites, for a backend that has no file of it to keep. */
    interface PreviousData {
        /**
         * Keeps {@code snapshot} (a snapshot file as {@link #take} writes, of the data about to be replaced) and
         * returns where. It may be called again for the same replace, after a retry; the last call counts.
         */
        Path keep(Path snapshot);
    }
}
