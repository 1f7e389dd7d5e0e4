package io.prontodb.store.sqlite;

/**
 * Hands out the write sequence that ranks max_items eviction, for one write transaction. Writers are serialised by
 * BEGIN IMMEDIATE, so the counter is read once per transaction, counted up in memory, and stored back before the
 * commit.
 */
final class WriteSequence {
    private final Jdbc jdbc;
    private long last;
    private boolean loaded;
    private boolean changed;

    WriteSequence(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long next() {
        if (!loaded) {
            last = jdbc.query("SELECT value FROM sys_counters WHERE name = 'write_seq'", ps -> { },
                    rs -> rs.next() ? rs.getLong(1) : 0L);
            loaded = true;
        }
        changed = true;
        return ++last;
    }

    /** Stores the last value handed out; call inside the transaction, before it commits. */
    void save() {
        if (changed) {
            jdbc.update("UPDATE sys_counters SET value = ? WHERE name = 'write_seq'", ps -> ps.setLong(1, last));
            changed = false;
        }
    }
}
