package io.prontodb.store.sqlite;

/** Compares strings by code point, which is the byte order of their UTF-8 form (SQLite's BINARY collation). */
final class Utf8Order {
    private Utf8Order() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
