package io.prontodb.address;

import io.prontodb.ProntoException;
import java.nio.charset.StandardCharsets;

/** What a project, namespace, key or context name may hold. */
public final class NameRules {
    public static final int MAX_NAME_BYTES = 255;
    public static final String CONTEXT_SEPARATOR = "__";

    private NameRules() {
    }

    /** Throws a usage error naming {@code what} when {@code name} breaks a rule. */
    public static void check(String what, String name, Delimiter delimiter) {
        if (name.isEmpty()) {
            throw ProntoException.usage("empty " + what + " name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw ProntoException.usage(what + " name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        checkCharacters(what, name, delimiter);
    }

    /** The rules for a name that travels as its own field (HTTP API, API key scopes): no delimiter applies. */
    public static void checkName(String what, String name) {
        check(what, name, null);
    }

    /** The character rules alone, for prefixes (which may be empty). */
    public static void checkCharacters(String what, String text, Delimiter delimiter) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp)) {
                throw ProntoException.usage(what + " name contains a control character");
            }
            if (isWhitespace(cp)) {
                throw ProntoException.usage(what + " name contains whitespace: '" + text + "'");
            }
            if (delimiter != null && cp == delimiter.codePoint()) {
                throw ProntoException.usage(what + " name contains the delimiter '" + delimiter + "': '" + text + "'");
            }
            if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
                throw ProntoException.usage(what + " name is not valid UTF-8");
            }
            i += Character.charCount(cp);
        }
    }

    public static boolean isWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
