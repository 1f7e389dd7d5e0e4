package io.prontodb.lifecycle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the ustar archives {@link TarWriter} writes: regular files only, every header checksum verified. */
final class TarReader {
    record Entry(String name, long size) {
    }

    private final InputStream in;
    private long remaining;
    private int padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, its content readable from {@link #content()}; null at the end of the archive. */
    Entry next() throws IOException {
        skip(remaining + padding);
        byte[] header = in.readNBytes(TarWriter.BLOCK);
        if (header.length < TarWriter.BLOCK) {
            throw new EOFException("archive ends inside a header");
        }
        if (isZero(header)) {
            return null;
        }
        if (octal(header, 148, 8) != TarWriter.checksum(header)) {
            throw new IOException("tar header checksum mismatch");
        }
        if (!new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            throw new IOException("not a ustar archive");
        }
        if (header[156] != '0' && header[156] != 0) {
            throw new IOException("unexpected entry type '" + (char) header[156] + "'");
        }
        int nameEnd = 0;
        while (nameEnd < 100 && header[nameEnd] != 0) {
            nameEnd++;
        }
        long size = octal(header, 124, 12);
        remaining = size;
        padding = (int) ((TarWriter.BLOCK - size % TarWriter.BLOCK) % TarWriter.BLOCK);
        return new Entry(new String(header, 0, nameEnd, StandardCharsets.US_ASCII), size);
    }

    /** The current entry's content; reading past its end gives end-of-stream, a short archive an exception. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("archive ends inside an entry");
                }
                remaining -= n;
                return n;
            }
        };
    }

    private void skip(long count) throws IOException {
        if (count > 0) {
            in.skipNBytes(count);
        }
        remaining = 0;
        padding = 0;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long octal(byte[] header, int offset, int length) throws IOException {
        long value = 0;
        int i = offset;
        while (i < offset + length && header[i] == ' ') {
            i++;
        }
        for (; i < offset + length && header[i] != 0 && header[i] != ' '; i++) {
            byte b = header[i];
            if (b < '0' || b > '7') {
                throw new IOException("bad number in a tar header");
            }
            value = value * 8 + (b - '0');
        }
        return value;
    }
}
