package io.prontodb.store.sqlite;

import io.prontodb.address.Address;
import io.prontodb.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Many INSERT OR REPLACE through one prepared statement, sent to SQLite in batches. */
final class SqliteBulkPut implements Store.BulkPut {
    private static final int BATCH_ROWS = 1024;

    private final PreparedStatement statement;
    private final WriteSequence sequence;
    private final Path path;
    private int pending;

    SqliteBulkPut(PreparedStatement statement, WriteSequence sequence, Path path) {
        this.statement = statement;
        this.sequence = sequence;
        this.path = path;
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        try {
            SqliteStore.bindAddress(statement, 1, address);
            statement.setBytes(5, value);
            Jdbc.setNullableLong(statement, 6, expiresAtMillis);
            statement.setLong(7, sequence.next());
            statement.addBatch();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
        if (++pending == BATCH_ROWS) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (pending == 0) {
            return;
        }
        try {
            statement.executeBatch();
            pending = 0;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, path);
        }
    }
}
