package io.prontodb.store;

/** One prepared insert reused for many rows; use it inside {@link Store#inWriteTransaction}. */
public interface BulkInsert extends AutoCloseable {

    /** Writes the row; false when a row with that address existed and was kept (insert-if-absent mode). */
    boolean insert(Entry entry);

    /** Writes any rows held back for batching, so that reads in the same transaction see every inserted row. */
    default void flush() {
    }

    /**
     * How many distinct rows this insert has written that are still there: an address written twice counts once.
     * Sends what is batched first.
     */
    long distinctRows();

    @Override
    void close();
}
