package io.prontodb.config;

import io.prontodb.ProntoException;
import io.prontodb.address.NameRules;
import java.nio.charset.StandardCharsets;

/** What a cursor name may hold: it is also a file name, so no '/', no leading '.', no whitespace or controls. */
public final class CursorName {
    private CursorName() {
    }

    public static String check(String name) {
        if (name.isEmpty()) {
            throw ProntoException.usage("empty cursor name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > NameRules.MAX_NAME_BYTES) {
            throw ProntoException.usage("cursor name is longer than " + NameRules.MAX_NAME_BYTES + " bytes");
        }
        if (name.startsWith(".")) {
            throw ProntoException.usage("cursor name may not start with '.': '" + name + "'");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp == '/' || NameRules.isWhitespace(cp) || Character.isISOControl(cp)
                    || (Character.isSurrogate(name.charAt(i)) && Character.charCount(cp) == 1)) {
                throw ProntoException.usage("cursor name may not hold '/', whitespace or control characters: '"
                        + name.replaceAll("\\p{Cntrl}", "?") + "'");
            }
            i += Character.charCount(cp);
        }
        return name;
    }
}
