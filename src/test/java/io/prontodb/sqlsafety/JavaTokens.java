package io.prontodb.sqlsafety;

import java.util.ArrayList;
import java.util.List;

/** A small Java lexer: literals, identifiers, numbers and one-character punctuation; comments dropped. */
final class JavaTokens {
    enum Kind { STRING, IDENT, NUMBER, PUNCT }

    record Tok(Kind kind, String text, int line) {
        boolean is(String s) {
            return text.equals(s) && kind != Kind.STRING;
        }
    }

    private JavaTokens() {
    }

    static List<Tok> of(String src) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            int start = i;
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                i = src.indexOf("\"\"\"", i + 3) + 3;
                out.add(new Tok(Kind.STRING, src.substring(start, i), line));
            } else if (c == '"' || c == '\'') {
                i++;
                while (src.charAt(i) != c) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.add(new Tok(Kind.STRING, src.substring(start, i), line));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i))) {
                    i++;
                }
                out.add(new Tok(Kind.IDENT, src.substring(start, i), line));
            } else if (Character.isDigit(c)) {
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Tok(Kind.NUMBER, src.substring(start, i), line));
            } else {
                i++;
                out.add(new Tok(Kind.PUNCT, String.valueOf(c), line));
            }
            line += countNewlines(src, start, i, c);
        }
        return out;
    }

    private static int countNewlines(String src, int from, int to, char first) {
        if (first == '\n') {
            return 0;
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
