package io.prontodb.stream;

/** One stream token, escapes resolved and surrounding whitespace trimmed; {@code number} counts from 1. */
public record Token(int number, String text) {
    static final String META_PREFIX = "meta:";

    public boolean isDirective() {
        return text.startsWith(META_PREFIX);
    }

    /** The text before the first {@code =}, or the whole token when it has none. */
    public String name() {
        int eq = text.indexOf('=');
        return eq < 0 ? text : text.substring(0, eq);
    }

    /** The text after the first {@code =}, or null when the token has none. */
    public String value() {
        int eq = text.indexOf('=');
        return eq < 0 ? null : text.substring(eq + 1);
    }
}
