package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.store.Store;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Many upserts through one prepared statement, sent in batches (which the driver rewrites into multi-row
 * inserts). A batch holds each address once, its last value in the place of its last write: one multi-row upsert
 * may not touch a row twice.
 */
final class PostgresBulkPut implements Store.BulkPut {
    private static final int BATCH_ROWS = 2000;

    private record Row(byte[] value, Long expiresAt) {
    }

    private final PreparedStatement statement;
    private final String target;
    private final Map<Address, Row> pending = new LinkedHashMap<>();

    PostgresBulkPut(PreparedStatement statement, String target) {
        this.statement = statement;
        this.target = target;
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        pending.remove(address);
        pending.put(address, new Row(value, expiresAtMillis));
        if (pending.size() == BATCH_ROWS) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<Address, Row> row : pending.entrySet()) {
                PostgresStore.bindRow(statement, row.getKey(), row.getValue().value(), row.getValue().expiresAt());
                statement.addBatch();
            }
            statement.executeBatch();
            pending.clear();
        } catch (SQLException e) {
            throw PostgresErrors.translate(e.getNextException() != null ? e.getNextException() : e, target);
        }
    }

    @Override
    public void close() {
        pending.clear();
        Sql.close(statement, target);
    }
}
