package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the project, namespace, key, context and expiry of a row from one column that joins them with U+001F, the
 * unit separator: names never hold control characters and an expiry is digits, so the split is exact. A row with no
 * context and no expiry, most rows, joins only project, namespace and key: SQLite spends more on each concatenation,
 * and on printing an expiry, than on stepping to the row. Whole-database reads repeat the project, namespace and
 * (mostly empty) context row after row, so their previous String is reused while the bytes repeat.
 */
final class JoinedNames {
    static final String COLUMN = "project || char(31) || namespace || char(31) || "
            + "iif(context = '' AND expires_at IS NULL, key, "
            + "key || char(31) || context || char(31) || coalesce(expires_at, ''))";
    private static final byte SEPARATOR = 0x1f;

    private final Path database;
    private final Repeated project = new Repeated();
    private final Repeated namespace = new Repeated();
    private final Repeated context = new Repeated();

    JoinedNames(Path database) {
        this.database = database;
    }

    Entry entry(byte[] joined, byte[] value) {
        int first = separatorAfter(joined, -1);
        int second = separatorAfter(joined, first);
        if (second == joined.length) {
            throw controlCharacter();
        }
        int third = separatorAfter(joined, second);
        String projectName = project.of(joined, 0, first);
        String namespaceName = namespace.of(joined, first + 1, second);
        String key = new String(joined, second + 1, third - second - 1, StandardCharsets.UTF_8);
        if (third == joined.length) {
            return new Entry(new Address(projectName, namespaceName, key, ""), value, null);
        }
        int fourth = separatorAfter(joined, third);
        if (fourth == joined.length || separatorAfter(joined, fourth) != joined.length) {
            throw controlCharacter();
        }
        Address address = new Address(projectName, namespaceName, key, context.of(joined, third + 1, fourth));
        return new Entry(address, value, fourth + 1 == joined.length ? null : expiresAt(joined, fourth + 1));
    }

    private ProntoException controlCharacter() {
        return new ProntoException(ExitCode.DATA, "database " + database + " holds a name with a control character",
                "names written by prontodb never do; was the file changed by another program?");
    }

    /** The integer SQLite printed from {@code from} to the end. */
    private long expiresAt(byte[] bytes, int from) {
        try {
            return Long.parseLong(new String(bytes, from, bytes.length - from, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            throw new ProntoException(ExitCode.DATA, "database " + database + " holds an expiry that is not an integer",
                    "expiries written by prontodb always are; was the file changed by another program?");
        }
    }

    /** The index of the first separator after {@code at}; the length when there is none. */
    private static int separatorAfter(byte[] bytes, int at) {
        for (int i = at + 1; i < bytes.length; i++) {
            if (bytes[i] == SEPARATOR) {
                return i;
            }
        }
        return bytes.length;
    }

    /** The previous String for a name, reused while its bytes repeat. */
    private static final class Repeated {
        private byte[] lastBytes = new byte[0];
        private String lastText = "";

        String of(byte[] joined, int from, int to) {
            if (!Arrays.equals(joined, from, to, lastBytes, 0, lastBytes.length)) {
                lastBytes = Arrays.copyOfRange(joined, from, to);
                lastText = new String(lastBytes, StandardCharsets.UTF_8);
            }
            return lastText;
        }
    }
}
