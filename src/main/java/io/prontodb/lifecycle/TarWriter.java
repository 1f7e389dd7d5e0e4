package io.prontodb.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a POSIX ustar archive of regular files with short flat names; enough for a backup, readable by tar(1). */
final class TarWriter {
    static final int BLOCK = 512;
    static final long MAX_SIZE = 077777777777L;

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    void add(String name, long size, long mtimeSeconds, InputStream content) throws IOException {
        if (size > MAX_SIZE) {
            throw new IOException(name + " is larger than a ustar entry can hold");
        }
        byte[] header = new byte[BLOCK];
        put(header, 0, 100, name.getBytes(StandardCharsets.US_ASCII));
        putOctal(header, 100, 8, 0600);
        putOctal(header, 108, 8, 0);
        putOctal(header, 116, 8, 0);
        putOctal(header, 124, 12, size);
        putOctal(header, 136, 12, mtimeSeconds);
        header[156] = '0';
        put(header, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        putOctal(header, 148, 7, checksum(header));
        header[155] = ' ';
        out.write(header);
        long copied = content.transferTo(out);
        if (copied != size) {
            throw new IOException(name + " changed while it was archived");
        }
        int padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
        out.write(new byte[padding]);
    }

    void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    /** The header checksum: the byte sum with the checksum field counted as spaces. */
    static long checksum(byte[] header) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        return sum;
    }

    private static void put(byte[] header, int offset, int length, byte[] value) throws IOException {
        if (value.length > length) {
            throw new IOException("tar header field too long");
        }
        System.arraycopy(value, 0, header, offset, value.length);
    }

    private static void putOctal(byte[] header, int offset, int length, long value) throws IOException {
        String digits = String.format("%0" + (length - 1) + "o", value);
        put(header, offset, length, (digits + "\0").getBytes(StandardCharsets.US_ASCII));
    }
}
