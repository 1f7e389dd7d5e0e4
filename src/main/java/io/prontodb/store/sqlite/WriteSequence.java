package io.prontodb.store.sqlite;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Hands out the write sequence that ranks max_items eviction, for one write transaction. Writers are serialised by
 * BEGIN IMMEDIATE, so the counter is read once per transaction, counted up in memory, and stored back before the
 * commit.
 */
final class WriteSequence {
    static final String READ_SQL = "SELECT value FROM sys_counters WHERE name = 'write_seq'";
    static final String WRITE_SQL = "UPDATE sys_counters SET value = ? WHERE name = 'write_seq'";

    private final LongSupplier read;
    private final LongConsumer write;
    private long last;
    private boolean loaded;
    private boolean changed;

    /** {@code read} runs {@link #READ_SQL}, {@code write} runs {@link #WRITE_SQL}, on the connection in use. */
    WriteSequence(LongSupplier read, LongConsumer write) {
        this.read = read;
        this.write = write;
    }

    static WriteSequence over(Jdbc jdbc) {
        return new WriteSequence(() -> jdbc.query(READ_SQL, ps -> { }, rs -> rs.next() ? rs.getLong(1) : 0L),
                value -> jdbc.update(WRITE_SQL, ps -> ps.setLong(1, value)));
    }

    long next() {
        if (!loaded) {
            last = read.getAsLong();
            loaded = true;
        }
        changed = true;
        return ++last;
    }

    /** Stores the last value handed out; call inside the transaction, before it commits. */
    void save() {
        if (changed) {
            write.accept(last);
            changed = false;
        }
    }
}
