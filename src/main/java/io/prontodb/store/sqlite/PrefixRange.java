package io.prontodb.store.sqlite;

/**
 * The exclusive upper bound of the keys that start with a prefix, so a prefix match is an index range
 * ({@code key >= prefix AND key < bound}) rather than LIKE, which would treat {@code %} and {@code _} as wildcards.
 */
final class PrefixRange {
    private PrefixRange() {
    }

    /**
     * The smallest string greater than every string that starts with {@code prefix}: the prefix with its last
     * code point incremented (dropping trailing U+10FFFF). Null when there is no such string.
     * UTF-8 byte order equals code point order, so this is correct for SQLite's BINARY collation.
     */
    static String upperBound(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            int next = codePoints[i] + 1;
            if (next == Character.MIN_SURROGATE) {
                next = Character.MAX_SURROGATE + 1;
            }
            if (next <= Character.MAX_CODE_POINT) {
                codePoints[i] = next;
                return new String(codePoints, 0, i + 1);
            }
        }
        return null;
    }
}
