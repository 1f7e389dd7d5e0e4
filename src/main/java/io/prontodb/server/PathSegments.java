package io.prontodb.server;

import io.prontodb.ProntoException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes percent-encoded UTF-8 path segments and query parameters strictly: bad escapes and bad UTF-8 are refused. */
final class PathSegments {
    private PathSegments() {
    }

    /** The decoded segments of a raw path that starts with '/'; an empty segment (e.g. '//') is kept, as "". */
    static List<String> split(String rawPath) {
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (start <= rawPath.length()) {
            int slash = rawPath.indexOf('/', start);
            int end = slash < 0 ? rawPath.length() : slash;
            segments.add(decode(rawPath.substring(start, end)));
            start = end + 1;
            if (slash < 0) {
                break;
            }
        }
        return segments;
    }

    /** Query parameters by name (decoded); a repeated name is a usage error. '+' is a plus, not a space. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (params.put(name, value) != null) {
                throw ProntoException.usage("query parameter '" + name + "' given twice");
            }
        }
        return params;
    }

    static String decode(String raw) {
        if (raw.chars().allMatch(c -> c != '%' && c < 0x80)) {
            return raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                // the request line arrives as ISO-8859-1: a char here is one raw byte
                bytes.put((byte) c);
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low < 0) {
                throw ProntoException.usage("bad percent-encoding in '" + raw + "'", "write a byte as %XX (two hex digits)");
            }
            bytes.put((byte) (high << 4 | low));
            i += 2;
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw ProntoException.badData("a name in the path is not valid UTF-8");
        }
    }
}
