package io.prontodb.portability;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output buffer for one thread. {@link java.io.BufferedOutputStream} takes a lock on every write, and an export
 * writes a handful of fields per row; this one only copies. Flushing passes the bytes on and flushes {@code out}.
 */
final class SingleThreadBuffer extends OutputStream {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    SingleThreadBuffer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
