package io.prontodb.address;

import io.prontodb.ProntoException;

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
        return text.split(java.util.regex.Pattern.quote(toString()), -1);
    }

    @Override
    public String toString() {
        return Character.toString(codePoint);
    }
}
