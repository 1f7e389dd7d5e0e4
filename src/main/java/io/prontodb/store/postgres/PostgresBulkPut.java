package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * Many writes sent per batch, in two statements whatever the batch's size: one delete of the batch's addresses that
 * are stored already, then a binary COPY of its rows, the fastest way into a table, which draws each row's write
 * sequence from the column default in the batch's order. A batch holds each address once, its last value in the
 * place of its last write.
 *
 * <p>A concurrent transaction that stores a new address of the batch between the two statements makes the COPY fail
 * with a duplicate key: the whole transaction is then undone and reported busy, to be run again.
 */
final class PostgresBulkPut implements Store.BulkPut {
    static final String DELETE_ARRAYS = "DELETE FROM kv WHERE (project, namespace, key, context) IN"
            + " (SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]))";
    static final String COPY_BINARY = "COPY kv (project, namespace, key, context, value, expires_at)"
            + " FROM STDIN (FORMAT binary)";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int BATCH_ROWS = 5000;
    private static final long BATCH_BYTES = 16L << 20;

    private record Row(byte[] value, Long expiresAt) {
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final String target;
    private final Map<Address, Row> pending = new LinkedHashMap<>();
    private final FreshAddresses fresh;
    private long pendingBytes;

    /**
     * With {@code fresh} (null: every batch deletes first), batches that cannot meet a stored address skip their
     * delete; a concurrent writer that stores one of their new addresses first then makes the transaction fail busy.
     */
    PostgresBulkPut(Connection connection, String target, FreshAddresses fresh) {
        this.connection = connection;
        this.target = target;
        this.fresh = fresh;
        try {
            this.statement = connection.prepareStatement(DELETE_ARRAYS);
            // Planned anew each time: a plan kept from the first batches, when the table was near empty, scans
            // the whole table for each row once the import has filled it.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, target);
        }
    }

    @Override
    public void put(Address address, byte[] value, Long expiresAtMillis) {
        pending.remove(address);
        pending.put(address, new Row(value, expiresAtMillis));
        pendingBytes += value.length;
        if (pending.size() == BATCH_ROWS || pendingBytes >= BATCH_BYTES) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (fresh == null || !fresh.allNew(pending.keySet())) {
                deletePending();
            }
            copyPending();
            pending.clear();
            pendingBytes = 0;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ProntoException(ExitCode.BUSY, "another writer stored one of the same new keys on " + target
                        + " meanwhile", "this write was undone; run the command again", e);
            }
            throw PostgresErrors.translate(e, target);
        }
    }

    private void deletePending() throws SQLException {
        int size = pending.size();
        String[] projects = new String[size];
        String[] namespaces = new String[size];
        String[] keys = new String[size];
        String[] contexts = new String[size];
        int i = 0;
        for (Address a : pending.keySet()) {
            projects[i] = a.project();
            namespaces[i] = a.namespace();
            keys[i] = a.key();
            contexts[i] = a.context();
            i++;
        }
        statement.setArray(1, connection.createArrayOf("text", projects));
        statement.setArray(2, connection.createArrayOf("text", namespaces));
        statement.setArray(3, connection.createArrayOf("text", keys));
        statement.setArray(4, connection.createArrayOf("text", contexts));
        statement.executeUpdate();
    }

    private void copyPending() throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_BINARY);
        try {
            BinaryCopyRows rows = new BinaryCopyRows(copy);
            for (Map.Entry<Address, Row> row : pending.entrySet()) {
                rows.row(row.getKey(), row.getValue().value(), row.getValue().expiresAt());
            }
            rows.finish();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public void close() {
        pending.clear();
        Sql.close(statement, target);
    }
}
