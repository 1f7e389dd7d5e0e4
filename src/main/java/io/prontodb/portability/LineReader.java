package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads newline-terminated lines as bytes, one at a time, from a stream; a final line without a newline counts.
 * The line buffer is reused, so memory follows the longest line, never the input size. A line longer than
 * {@link #MAX_LINE_BYTES} is refused as bad data rather than grown until memory runs out.
 */
final class LineReader {
    /**
     * 1 GiB: room for a 100 MiB value in its worst-case escaped form (TSV hex escapes take 4 bytes per byte,
     * JSON escapes of control characters 6), and more than SQLite stores in one value (10^9 bytes).
     */
    static final int MAX_LINE_BYTES = 1 << 30;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLength;
    private long lineNumber;

    LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line into {@link #bytes()}; false at the end of the input. A trailing CR is dropped, and so is a
     * UTF-8 byte order mark at the start of the input (some editors write one; it is not part of the data).
     */
    boolean next() {
        boolean read = readLine();
        if (read && lineNumber == 1 && lineLength >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF) {
            System.arraycopy(line, 3, line, 0, lineLength - 3);
            lineLength -= 3;
        }
        return read;
    }

    private boolean readLine() {
        lineLength = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                if (sawAnything) {
                    lineNumber++;
                }
                return sawAnything;
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++;
                lineNumber++;
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    long lineNumber() {
        return lineNumber;
    }

    private void append(int from, int to) {
        int count = to - from;
        if (count > maxLineBytes - lineLength) {
            throw ProntoException.badData("line " + (lineNumber + 1) + ": longer than the limit of "
                    + maxLineBytes + " bytes", "split the value, or store it with 'prontodb set ADDR -'");
        }
        if (lineLength + count > line.length) {
            long doubled = Math.min(2L * line.length, maxLineBytes);
            line = java.util.Arrays.copyOf(line, (int) Math.max(doubled, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read input: " + IoErrors.why(e));
        }
    }
}
