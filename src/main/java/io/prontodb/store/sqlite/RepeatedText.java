package io.prontodb.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a column's UTF-8 bytes into a String, reusing the previous String when the bytes repeat. Sorted whole-
 * database reads repeat the project, namespace and (mostly empty) context on row after row; reusing the String
 * spares a decode per row and lets writers that cache by identity skip re-encoding it.
 */
final class RepeatedText {
    private byte[] lastBytes;
    private String lastText;

    String of(byte[] utf8) {
        if (utf8 == null) {
            utf8 = new byte[0];
        }
        if (!Arrays.equals(utf8, lastBytes)) {
            lastBytes = utf8;
            lastText = new String(utf8, StandardCharsets.UTF_8);
        }
        return lastText;
    }
}
