package io.prontodb.portability;

import io.prontodb.store.Entry;

/** Reads exported entries one at a time; a malformed record is a bad-data error naming its line. */
public interface RecordReader {

    /** The next entry, or null at the end of the input. */
    Entry next();

    /** The line number of the entry {@link #next()} returned last. */
    long lineNumber();
}
