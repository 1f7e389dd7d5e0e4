package io.prontodb.store.remote;

import java.io.IOException;
import java.io.InputStream;

/** Undoes HTTP/1.1 chunked transfer coding. */
final class ChunkedInput extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (left == 0) {
            String size = HttpWire.line(in);
            int semicolon = size.indexOf(';');
            left = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (left == 0) {
                while (!HttpWire.line(in).isEmpty()) {
                    // trailers: none expected, skipped
                }
                done = true;
                return -1;
            }
        }
        int n = in.read(buffer, offset, (int) Math.min(length, left));
        if (n < 0) {
            throw new IOException("the connection closed in the middle of a chunk");
        }
        left -= n;
        if (left == 0) {
            HttpWire.line(in);
        }
        return n;
    }
}
