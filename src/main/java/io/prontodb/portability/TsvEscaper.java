package io.prontodb.portability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The field escapes of the TSV export format: {@code \\ \t \n \r}, and {@code \xHH} for every byte that is not
 * part of valid UTF-8, so an escaped field is UTF-8 text without tabs or line breaks and decodes byte-exact.
 */
public final class TsvEscaper {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private TsvEscaper() {
    }

    public static void escape(byte[] field, OutputStream out) throws IOException {
        int runStart = 0;
        int i = 0;
        while (i < field.length) {
            if (field[i] >= 0x20 && field[i] != '\\') {
                i++; // printable ASCII, the common case, copied as it is
                continue;
            }
            int b = field[i] & 0xff;
            char code = switch (b) {
                case '\\' -> '\\';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\r' -> 'r';
                default -> 0;
            };
            if (code != 0) {
                out.write(field, runStart, i - runStart);
                out.write('\\');
                out.write(code);
                runStart = ++i;
                continue;
            }
            int length = b < 0x80 ? 1 : Utf8.sequenceLength(field, i, field.length);
            if (length == 0) {
                out.write(field, runStart, i - runStart);
                out.write('\\');
                out.write('x');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 0xf]);
                runStart = ++i;
                continue;
            }
            i += length;
        }
        out.write(field, runStart, field.length - runStart);
    }

    public static byte[] escape(byte[] field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(field.length + 16);
        try {
            escape(field, out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    /** Decodes {@code line[start, end)}; throws {@link IllegalArgumentException} naming a bad escape. */
    public static byte[] unescape(byte[] line, int start, int end) {
        int backslash = indexOf(line, start, end, (byte) '\\');
        if (backslash < 0) {
            return java.util.Arrays.copyOfRange(line, start, end);
        }
        byte[] out = new byte[end - start];
        int n = 0;
        int i = start;
        while (i < end) {
            byte b = line[i++];
            if (b != '\\') {
                out[n++] = b;
                continue;
            }
            if (i >= end) {
                throw new IllegalArgumentException("a field ends with a lone backslash");
            }
            byte code = line[i++];
            switch (code) {
                case '\\' -> out[n++] = '\\';
                case 't' -> out[n++] = '\t';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 'x' -> {
                    int high = i + 1 < end ? hexValue(line[i]) : -1;
                    int low = i + 1 < end ? hexValue(line[i + 1]) : -1;
                    if (high < 0 || low < 0) {
                        throw new IllegalArgumentException("\\x must be followed by two hex digits");
                    }
                    out[n++] = (byte) (high << 4 | low);
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + (char) (code & 0xff)
                        + " (known: \\\\ \\t \\n \\r \\xHH)");
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int indexOf(byte[] bytes, int start, int end, byte wanted) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
