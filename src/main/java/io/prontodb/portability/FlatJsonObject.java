package io.prontodb.portability;

import java.util.HashMap;
import java.util.Map;

/**
 * Parses one JSON object whose members are strings, integers, booleans or null (what a JSON Lines export
 * holds) into a map of String, Long, Boolean or null. Anything else is an {@link IllegalArgumentException}.
 */
public final class FlatJsonObject {
    private final String text;
    private int pos;

    private FlatJsonObject(String text) {
        this.text = text;
    }

    public static Map<String, Object> parse(String text) {
        FlatJsonObject parser = new FlatJsonObject(text);
        Map<String, Object> members = parser.object();
        parser.whitespace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the object");
        }
        return members;
    }

    private Map<String, Object> object() {
        whitespace();
        expect('{');
        Map<String, Object> members = new HashMap<>();
        whitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            whitespace();
            String name = string();
            whitespace();
            expect(':');
            whitespace();
            if (members.containsKey(name)) {
                throw error("duplicate member \"" + name + "\"");
            }
            members.put(name, value());
            whitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return integer();
        }
        for (String literal : new String[] {"null", "true", "false"}) {
            if (text.startsWith(literal, pos)) {
                pos += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        throw error("expected a string, an integer, true, false or null");
    }

    private Long integer() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos < text.length() && ".eE".indexOf(text.charAt(pos)) >= 0) {
            throw error("expected an integer");
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("expected an integer");
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : 0;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error("bad escape in a string");
            }
        }
        String result = out.toString();
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < result.length() && Character.isLowSurrogate(result.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error("unpaired surrogate in a string");
            }
        }
        return result;
    }

    /** Exactly four ASCII hex digits: no sign, no other script's digits (which Integer.parseInt would take). */
    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("bad \\u escape");
        }
        int code = 0;
        for (int end = pos + 4; pos < end; pos++) {
            int digit = JsonText.hexDigit(text.charAt(pos));
            if (digit < 0) {
                throw error("bad \\u escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private void whitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of line");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("invalid JSON at column " + (pos + 1) + ": " + message);
    }
}
