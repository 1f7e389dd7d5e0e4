package io.prontodb.server;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails with 413 as soon as it passes the limit, so it is never buffered past it. */
final class BoundedBody extends FilterInputStream {
    private final long limit;
    private long count;

    BoundedBody(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /**
     * Reads a whole body into one array: exactly {@code declaredLength} bytes when the client sent a
     * Content-Length (one allocation, no copies), else grown as it arrives.
     */
    static byte[] readAll(InputStream body, Long declaredLength, long limit) {
        try {
            if (declaredLength != null) {
                if (declaredLength > limit) {
                    throw HttpFailure.tooLarge(limit);
                }
                byte[] value = body.readNBytes((int) (long) declaredLength);
                if (value.length != declaredLength) {
                    throw new ProntoException(ExitCode.IO, "request body ended after " + value.length + " of "
                            + declaredLength + " bytes");
                }
                return value;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BoundedBody(body, limit).transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read the request body: " + e.getMessage());
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw HttpFailure.tooLarge(limit);
        }
    }
}
