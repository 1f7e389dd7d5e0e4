package io.prontodb.portability;

import io.prontodb.ProntoException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates JSON (RFC 8259: exactly one value, whitespace around it allowed) and writes it in the RFC 8785 (JCS)
 * canonical form: no insignificant whitespace, object members sorted by the UTF-16 code units of their names,
 * strings with the minimal escapes, numbers as ECMAScript prints them. Duplicate member names, numbers beyond the
 * double range and unpaired surrogates are refused, as I-JSON (which JCS builds on) requires.
 */
public final class CanonicalJson {
    private static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;

    private CanonicalJson(String text) {
        this.text = text;
    }

    public static byte[] canonicalize(byte[] json) {
        String text = Utf8.decodeOrNull(json);
        if (text == null) {
            throw ProntoException.badData("value is not valid JSON: not UTF-8");
        }
        CanonicalJson parser = new CanonicalJson(text);
        StringBuilder out = new StringBuilder(text.length());
        parser.skipWhitespace();
        parser.value(out, 0);
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        char c = peek();
        switch (c) {
            case '{' -> object(out, depth);
            case '[' -> array(out, depth);
            case '"' -> writeString(out, string());
            case 't' -> literal(out, "true");
            case 'f' -> literal(out, "false");
            case 'n' -> literal(out, "null");
            default -> {
                if (c == '-' || isDigit(c)) {
                    number(out);
                } else {
                    throw error("unexpected character");
                }
            }
        }
    }

    private void object(StringBuilder out, int depth) {
        pos++;
        List<Map.Entry<String, String>> members = new ArrayList<>();
        Set<String> names = new HashSet<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a member name");
                }
                String name = string();
                if (!names.add(name)) {
                    throw error("duplicate member name " + JsonText.string(name));
                }
                skipWhitespace();
                expect(':');
                skipWhitespace();
                StringBuilder member = new StringBuilder();
                value(member, depth + 1);
                members.add(Map.entry(name, member.toString()));
                skipWhitespace();
                if (peek() != ',') {
                    expect('}');
                    break;
                }
                pos++;
            }
        }
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(out, members.get(i).getKey());
            out.append(':').append(members.get(i).getValue());
        }
        out.append('}');
    }

    private void array(StringBuilder out, int depth) {
        pos++;
        out.append('[');
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            out.append(']');
            return;
        }
        while (true) {
            skipWhitespace();
            value(out, depth + 1);
            skipWhitespace();
            if (peek() != ',') {
                expect(']');
                out.append(']');
                return;
            }
            pos++;
            out.append(',');
        }
    }

    /** Reads a string literal and returns its decoded text. */
    private String string() {
        pos++;
        StringBuilder decoded = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                decoded.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> decoded.append(escape);
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> decoded.append(hexChar());
                default -> throw error("bad escape");
            }
        }
        String result = decoded.toString();
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < result.length()
                    && Character.isLowSurrogate(result.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error("unpaired surrogate in a string");
            }
        }
        return result;
    }

    private char hexChar() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = JsonText.hexDigit(next());
            if (digit < 0) {
                throw error("bad \\u escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    /** RFC 8785 string form: escape only the quote, the backslash and control characters. */
    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void number(StringBuilder out) {
        int start = pos;
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
        double value = Double.parseDouble(text.substring(start, pos));
        if (!Double.isFinite(value)) {
            throw error("number out of range");
        }
        out.append(EcmaNumber.format(value));
    }

    private void digits() {
        if (!isDigit(peek())) {
            throw error("expected a digit");
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private void literal(StringBuilder out, String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word");
        }
        pos += word.length();
        out.append(word);
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
