package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Many upserts sent as one statement per batch: the rows travel as six arrays that the server unnests, which costs
 * one round trip per batch instead of one per row. A batch holds each address once, its last value in the place of
 * its last write, because one upsert statement may not touch a row twice.
 */
final class PostgresBulkPut implements Store.BulkPut {
    static final String UPSERT_ARRAYS = "INSERT INTO kv (project, namespace, key, context, value, expires_at, write_seq)"
            + " SELECT p, n, k, c, v, e, nextval('kv_write_seq')"
            + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::int8[]) AS r (p, n, k, c, v, e)"
            + " ON CONFLICT (project, namespace, key, context)"
            + " DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at, write_seq = EXCLUDED.write_seq";
    private static final int BATCH_ROWS = 5000;
    private static final long BATCH_BYTES = 16L << 20;

    private record Row(byte[] value, Long expiresAt) {
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final String target;
    private final Map<Address, Row> pending = new LinkedHashMap<>();
    private long pendingBytes;

    PostgresBulkPut(Connection connection, String target) {
        this.connection = connection;
        this.target = target;
        try {
            this.statement = connection.prepareStatement(UPSERT_ARRAYS);
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
        int size = pending.size();
        String[] projects = new String[size];
        String[] namespaces = new String[size];
        String[] keys = new String[size];
        String[] contexts = new String[size];
        byte[][] values = new byte[size][];
        Long[] expiries = new Long[size];
        int i = 0;
        for (Map.Entry<Address, Row> row : pending.entrySet()) {
            Address a = row.getKey();
            projects[i] = a.project();
            namespaces[i] = a.namespace();
            keys[i] = a.key();
            contexts[i] = a.context();
            values[i] = row.getValue().value();
            expiries[i] = row.getValue().expiresAt();
            i++;
        }
        try {
            statement.setArray(1, connection.createArrayOf("text", projects));
            statement.setArray(2, connection.createArrayOf("text", namespaces));
            statement.setArray(3, connection.createArrayOf("text", keys));
            statement.setArray(4, connection.createArrayOf("text", contexts));
            statement.setArray(5, connection.createArrayOf("bytea", values));
            statement.setArray(6, connection.createArrayOf("int8", expiries));
            statement.executeUpdate();
            pending.clear();
            pendingBytes = 0;
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, target);
        }
    }

    @Override
    public void close() {
        pending.clear();
        Sql.close(statement, target);
    }
}
