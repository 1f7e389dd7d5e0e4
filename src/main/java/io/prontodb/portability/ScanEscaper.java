package io.prontodb.portability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Escapes a plain {@code scan} line so it holds exactly one entry, unambiguously: {@code KEYPART=VALUE}, where the key
 * part writes {@code \} as {@code \\} and {@code =} as {@code \=} (so the first unescaped {@code =} ends it), and
 * the value writes backslash, newline, CR and tab as {@code \\ \n \r \t}. Names hold no control characters, so keys
 * need no more.
 */
public final class ScanEscaper {
    private ScanEscaper() {
    }

    /** The key part ({@code key} or {@code key__context}) with backslash and {@code =} escaped. */
    public static byte[] escapeKey(String keyPart) {
        if (keyPart.indexOf('=') < 0 && keyPart.indexOf('\\') < 0) {
            return keyPart.getBytes(StandardCharsets.UTF_8);
        }
        return keyPart.replace("\\", "\\\\").replace("=", "\\=").getBytes(StandardCharsets.UTF_8);
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
