package io.prontodb.store.postgres;

import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.postgresql.copy.CopyOut;

/**
 * Reads kv rows (project, namespace, key, context, value, expires_at) from a running {@code COPY ... TO STDOUT (FORMAT
 * binary)}: the server streams them without a cursor's round trips, values as their bytes.
 */
final class BinaryCopyEntries {
    private static final int SIGNATURE_AND_FLAGS = 11 + 4;

    private final DataInputStream in;
    private final Name project = new Name();
    private final Name namespace = new Name();
    private final Name context = new Name();

    private BinaryCopyEntries(CopyOut copy) {
        this.in = new DataInputStream(new CopyDataStream(copy));
    }

    /** Hands every row to {@code visitor}, in the order the server sends them. */
    static void read(CopyOut copy, Consumer<Entry> visitor) throws IOException {
        new BinaryCopyEntries(copy).readAll(visitor);
    }

    private void readAll(Consumer<Entry> visitor) throws IOException {
        in.skipNBytes(SIGNATURE_AND_FLAGS);
        in.skipNBytes(in.readInt());
        for (int fields = in.readShort(); fields != -1; fields = in.readShort()) {
            if (fields != 6) {
                throw new IOException("unexpected COPY row of " + fields + " fields");
            }
            Address address = new Address(project.read(in), namespace.read(in), text(in), context.read(in));
            byte[] value = field(in);
            int expiryLength = in.readInt();
            Long expiresAt = expiryLength < 0 ? null : in.readLong();
            visitor.accept(new Entry(address, value, expiresAt));
        }
        // Reading past the trailer takes the COPY's end from the server, which completes it.
        if (in.read() != -1) {
            throw new IOException("unexpected data after the last row of a COPY");
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(field(in), StandardCharsets.UTF_8);
    }

    private static byte[] field(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    /** A column that repeats from row to row (an export holds many rows of one namespace): one String per run. */
    private static final class Name {
        private byte[] bytes = new byte[0];
        private String text = "";

        String read(DataInputStream in) throws IOException {
            byte[] next = field(in);
            if (!Arrays.equals(next, bytes)) {
                bytes = next;
                text = new String(next, StandardCharsets.UTF_8);
            }
            return text;
        }
    }

    /** The COPY's data messages as one stream. */
    private static final class CopyDataStream extends InputStream {
        private final CopyOut copy;
        private byte[] chunk = new byte[0];
        private int position;

        CopyDataStream(CopyOut copy) {
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position == chunk.length) {
                try {
                    byte[] next = copy.readFromCopy();
                    if (next == null) {
                        return false;
                    }
                    chunk = next;
                    position = 0;
                } catch (SQLException e) {
                    throw new CopyFailed(e);
                }
            }
            return true;
        }
    }

    /** A database failure while reading, carried through the stream's IOException. */
    static final class CopyFailed extends IOException {
        CopyFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
