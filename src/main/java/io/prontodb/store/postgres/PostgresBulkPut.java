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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * Many writes sent per batch, in two statements whatever the batch's size: one delete of the batch's addresses that
 * are stored already, then a binary COPY of its rows, the fastest way into a table, which draws each row's write
 * sequence from the column default in the batch's order. A batch holds each address once, its last value in the
 * place of its last write.
 *
 * <p>A full batch is sent by a second thread while the caller fills the next, so reading the input and the
 * server's work overlap; at most one batch is in flight, and {@link #flush()} waits for it. A failure of the batch in
 * flight surfaces at the next put, flush or close.
 *
 * <p>A concurrent transaction that stores a new address of the batch before its COPY makes the COPY fail with a
 * duplicate key: the whole transaction is then undone and reported busy, to be run again.
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
    private final FreshAddresses fresh;
    private Map<Address, Row> pending = new LinkedHashMap<>();
    private long pendingBytes;
    // Its own thread: a sender shared by several bulk writes could queue one's batch behind another's that waits
    // on a row lock the first one's transaction holds.
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "prontodb-bulk-sender");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

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
            send();
        }
    }

    @Override
    public void flush() {
        send();
        awaitInFlight();
    }

    /** Hands the pending batch to the sending thread, once the one before it is done. */
    private void send() {
        awaitInFlight();
        if (pending.isEmpty()) {
            return;
        }
        Map<Address, Row> batch = pending;
        boolean deleteFirst = fresh == null || !fresh.allNew(batch.keySet());
        pending = new LinkedHashMap<>();
        pendingBytes = 0;
        inFlight = CompletableFuture.runAsync(() -> write(batch, deleteFirst), sender);
    }

    private void awaitInFlight() {
        try {
            inFlight.join();
        } catch (CompletionException e) {
            inFlight = CompletableFuture.completedFuture(null);
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void write(Map<Address, Row> batch, boolean deleteFirst) {
        try {
            if (deleteFirst) {
                delete(batch);
            }
            copy(batch);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ProntoException(ExitCode.BUSY, "another writer stored one of the same new keys on " + target
                        + " meanwhile", "this write was undone; run the command again", e);
            }
            throw PostgresErrors.translate(e, target);
        }
    }

    private void delete(Map<Address, Row> batch) throws SQLException {
        int size = batch.size();
        String[] projects = new String[size];
        String[] namespaces = new String[size];
        String[] keys = new String[size];
        String[] contexts = new String[size];
        int i = 0;
        for (Address a : batch.keySet()) {
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

    private void copy(Map<Address, Row> batch) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_BINARY);
        try {
            BinaryCopyRows rows = new BinaryCopyRows(copy);
            for (Map.Entry<Address, Row> row : batch.entrySet()) {
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
        try {
            awaitInFlight();
        } finally {
            sender.shutdown();
            pending.clear();
            Sql.close(statement, target);
        }
    }
}
