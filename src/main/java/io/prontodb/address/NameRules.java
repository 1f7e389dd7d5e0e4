package io.prontodb.address;

import io.prontodb.ProntoException;
import java.nio.charset.StandardCharsets;

/**
 * What a project, namespace, key or context name may hold. The delimiter is a rule of address parsing only:
 * {@link #check} refuses it in a name typed as part of an address, while {@link #checkEntry} (for paths that carry
 * names as separate fields: import, import-fs, the HTTP API) accepts every valid name.
 */
public final class NameRules {
    public static final int MAX_NAME_BYTES = 255;
    public static final String CONTEXT_SEPARATOR = "__";
    private static final int NO_DELIMITER = -1;

    private NameRules() {
    }

    /** Throws a usage error naming {@code what} when {@code name} breaks a rule or holds the delimiter. */
    public static void check(String what, String name, Delimiter delimiter) {
        checkName(what, name, delimiter.codePoint());
    }

    /** The character rules alone, for prefixes (which may be empty). */
    public static void checkCharacters(String what, String text, Delimiter delimiter) {
        checkCharacters(what, text, delimiter.codePoint());
    }

    /** The rules for one name that travels as its own field (HTTP API, API key scopes): any delimiter allowed. */
    public static void checkName(String what, String name) {
        checkName(what, name, NO_DELIMITER);
    }

    /** The character rules for a key prefix that travels as its own field (HTTP API). */
    public static void checkPrefix(String prefix) {
        checkCharacters("key prefix", prefix, NO_DELIMITER);
    }

    /**
     * The rules every stored entry meets, however it arrives: valid names (any delimiter allowed), no {@code __}
     * inside the key or the context, and, with a context, a key part that reads back as the same key and context
     * ({@code a_} + context {@code b} would read {@code a___b}, which is refused as ambiguous).
     */
    public static void checkEntry(Address address) {
        checkName("project", address.project(), NO_DELIMITER);
        checkName("namespace", address.namespace(), NO_DELIMITER);
        checkName("key", address.key(), NO_DELIMITER);
        if (address.key().contains(CONTEXT_SEPARATOR)) {
            throw ProntoException.usage("key '" + address.key() + "' contains '" + CONTEXT_SEPARATOR
                    + "', which starts a context");
        }
        if (!address.hasContext()) {
            return;
        }
        checkName("context", address.context(), NO_DELIMITER);
        if (address.context().contains(CONTEXT_SEPARATOR)) {
            throw ProntoException.usage("context '" + address.context() + "' contains '" + CONTEXT_SEPARATOR + "'");
        }
        if (address.key().endsWith("_") || address.context().startsWith("_")) {
            throw ProntoException.usage("key '" + address.key() + "' with context '" + address.context()
                    + "' would read as the ambiguous '" + address.keyPart() + "'",
                    "with a context, a key may not end with '_' and a context may not start with it");
        }
    }

    private static void checkName(String what, String name, int delimiter) {
        if (name.isEmpty()) {
            throw ProntoException.usage("empty " + what + " name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw ProntoException.usage(what + " name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        checkCharacters(what, name, delimiter);
    }

    private static void checkCharacters(String what, String text, int delimiter) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp)) {
                throw ProntoException.usage(what + " name contains a control character");
            }
            if (isWhitespace(cp)) {
                throw ProntoException.usage(what + " name contains whitespace: '" + text + "'");
            }
            if (cp == delimiter) {
                throw ProntoException.usage(what + " name contains the delimiter '" + Character.toString(cp) + "': '"
                        + text + "'");
            }
            if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
                throw ProntoException.badData(what + " name is not valid UTF-8");
            }
            i += Character.charCount(cp);
        }
    }

    public static boolean isWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
