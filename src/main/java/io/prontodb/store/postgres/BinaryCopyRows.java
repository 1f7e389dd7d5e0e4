package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;

/**
 * Rows of kv's six data columns in COPY's binary format, written to an open {@code COPY ... FROM STDIN (FORMAT
 * binary)}: each field as its length and its bytes, so values travel as they are, without the hex that the text
 * format and array literals need for bytea.
 */
final class BinaryCopyRows {
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final int FIELDS = 6;
    private static final int SEND_AT = 256 * 1024;

    private final CopyIn copy;
    private byte[] buffer = new byte[SEND_AT + 1024];
    private int length;

    BinaryCopyRows(CopyIn copy) throws SQLException {
        this.copy = copy;
        append(HEADER, HEADER.length);
    }

    void row(Address address, byte[] value, Long expiresAt) throws SQLException {
        putShort(FIELDS);
        text(address.project());
        text(address.namespace());
        text(address.key());
        text(address.context());
        field(value);
        if (expiresAt == null) {
            putInt(-1);
        } else {
            putInt(Long.BYTES);
            putLong(expiresAt);
        }
        if (length >= SEND_AT) {
            send();
        }
    }

    /** Ends the data and the COPY; the server's verdict on the rows (a duplicate key, say) arrives here. */
    void finish() throws SQLException {
        putShort(-1);
        send();
        copy.endCopy();
    }

    private void text(String s) throws SQLException {
        field(s.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] bytes) throws SQLException {
        putInt(bytes.length);
        append(bytes, bytes.length);
    }

    private void append(byte[] bytes, int count) throws SQLException {
        if (count > SEND_AT) {
            send();
            copy.writeToCopy(bytes, 0, count);
            return;
        }
        ensure(count);
        System.arraycopy(bytes, 0, buffer, length, count);
        length += count;
    }

    private void putShort(int v) {
        ensure(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void putLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (v >>> shift);
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void send() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
