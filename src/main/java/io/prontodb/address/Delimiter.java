package io.prontodb.address;

import io.prontodb.ProntoException;
import java.util.ArrayList;
import java.util.List;

/** The one character that separates project, namespace and key. */
public record Delimiter(int codePoint) {
    public static final Delimiter DEFAULT = new Delimiter('.');

    public static Delimiter parse(String text) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            throw ProntoException.usage("delimiter must be exactly one character, got '" + text + "'");
        }
        int cp = text.codePointAt(0);
        if (cp == '_' || cp == '=' || cp == ';' || NameRules.isWhitespace(cp) || Character.isISOControl(cp)
                || (Character.isSurrogate(text.charAt(0)) && Character.charCount(cp) == 1)) {
            throw ProntoException.usage("delimiter may not be '_', '=', ';', whitespace or a control character");
        }
        return new Delimiter(cp);
    }

    /** Splits {@code text} on every delimiter, keeping empty parts so they can be reported. */
    public String[] split(String text) {
        String delimiter = toString();
        List<String> parts = new ArrayList<>(3);
        int start = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, start)) {
            parts.add(text.substring(start, at));
            start = at + delimiter.length();
        }
        parts.add(text.substring(start));
        return parts.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return Character.toString(codePoint);
    }
}
