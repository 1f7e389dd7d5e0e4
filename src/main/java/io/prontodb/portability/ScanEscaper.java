package io.prontodb.portability;

import java.io.ByteArrayOutputStream;

/** Escapes a value so a plain {@code scan} line holds exactly one entry: {@code \\ \n \r \t}. */
public final class ScanEscaper {
    private ScanEscaper() {
    }

    public static byte[] escape(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 8);
        for (byte b : value) {
            switch (b) {
                case '\\' -> escaped(out, '\\');
                case '\n' -> escaped(out, 'n');
                case '\r' -> escaped(out, 'r');
                case '\t' -> escaped(out, 't');
                default -> out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static void escaped(ByteArrayOutputStream out, char code) {
        out.write('\\');
        out.write(code);
    }
}
