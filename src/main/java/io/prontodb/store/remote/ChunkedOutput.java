package io.prontodb.store.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 chunked transfer coding: buffers up to 64 KiB, then sends it as one chunk. close() ends the body. */
final class ChunkedOutput extends OutputStream {
    private static final int CHUNK = 1 << 16;
    private final OutputStream out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);

    ChunkedOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        buffer.write(b);
        if (buffer.size() >= CHUNK) {
            sendChunk();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        buffer.write(bytes, offset, length);
        if (buffer.size() >= CHUNK) {
            sendChunk();
        }
    }

    private void sendChunk() throws IOException {
        if (buffer.size() == 0) {
            return;
        }
        out.write((Integer.toHexString(buffer.size()) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        buffer.writeTo(out);
        out.write('\r');
        out.write('\n');
        buffer.reset();
    }

    @Override
    public void close() throws IOException {
        sendChunk();
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
