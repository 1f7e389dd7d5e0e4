package io.prontodb.portability;

import io.prontodb.store.Entry;
import java.io.IOException;

/** Writes exported entries one at a time. */
public interface RecordWriter {

    void write(Entry entry) throws IOException;
}
