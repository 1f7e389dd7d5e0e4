package io.prontodb.portability;

import io.prontodb.ProntoException;

/**
 * A strict RFC 8259 recogniser: exactly one JSON value, surrounded only by whitespace. It checks syntax only;
 * {@link CanonicalJson} builds the canonical form.
 */
final class JsonSyntax {
    private static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;

    private JsonSyntax(String text) {
        this.text = text;
    }

    static void check(String text) {
        JsonSyntax parser = new JsonSyntax(text);
        parser.skipWhitespace();
        parser.value(0);
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        char c = peek();
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || isDigit(c)) {
                    number();
                } else {
                    throw error("unexpected character");
                }
            }
        }
    }

    private void object(int depth) {
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            value(depth + 1);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(int depth) {
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            skipWhitespace();
            value(depth + 1);
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return;
            }
        }
    }

    private void string() {
        pos++;
        while (true) {
            char c = next();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c == '\\') {
                char escape = next();
                if (escape == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(next(), 16) < 0) {
                            throw error("bad \\u escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw error("bad escape");
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (peek() == '.') {
            pos++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
    }

    private void digits() {
        if (!isDigit(peek())) {
            throw error("expected a digit");
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos++);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private ProntoException error(String what) {
        return ProntoException.badData("value is not valid JSON: " + what + " at character " + (pos + 1));
    }
}
