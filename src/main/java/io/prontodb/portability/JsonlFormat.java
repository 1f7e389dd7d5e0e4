package io.prontodb.portability;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON Lines export: one object per entry with {@code project namespace key context}, the value as
 * {@code "value"} (UTF-8 text) or {@code "value_b64"} (any other bytes), and {@code expires_at} (epoch
 * milliseconds or null), the same members a listing with {@code --json} prints.
 */
public final class JsonlFormat {
    private JsonlFormat() {
    }

    static RecordWriter writer(OutputStream out) {
        return entry -> {
            Address a = entry.address();
            String[] value = JsonText.valueMember(entry.value(), false);
            String line = JsonText.object(
                    "project", JsonText.string(a.project()),
                    "namespace", JsonText.string(a.namespace()),
                    "key", JsonText.string(a.key()),
                    "context", JsonText.string(a.context()),
                    value[0], value[1],
                    "expires_at", entry.expiresAt() == null ? "null" : entry.expiresAt().toString());
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        };
    }

    static RecordReader reader(InputStream in) {
        LineReader lines = new LineReader(in);
        return new RecordReader() {
            @Override
            public Entry next() {
                do {
                    if (!lines.next()) {
                        return null;
                    }
                } while (isBlank(lines.bytes(), lines.length()));
                try {
                    String text = Utf8.decodeOrNull(java.util.Arrays.copyOf(lines.bytes(), lines.length()));
                    if (text == null) {
                        throw new IllegalArgumentException("not valid UTF-8");
                    }
                    return entry(FlatJsonObject.parse(text));
                } catch (IllegalArgumentException e) {
                    throw ProntoException.badData("line " + lines.lineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public long lineNumber() {
                return lines.lineNumber();
            }
        };
    }

    private static Entry entry(Map<String, Object> members) {
        for (String name : members.keySet()) {
            if (!java.util.Set.of("project", "namespace", "key", "context", "value", "value_b64", "expires_at", "expired")
                    .contains(name)) {
                throw new IllegalArgumentException("unknown member " + JsonText.string(name));
            }
        }
        Object context = members.getOrDefault("context", "");
        Address address = new Address(requiredString(members, "project"), requiredString(members, "namespace"),
                requiredString(members, "key"), asString("context", context));
        if (members.containsKey("value") == members.containsKey("value_b64")) {
            throw new IllegalArgumentException("needs exactly one of \"value\" and \"value_b64\"");
        }
        byte[] value = members.containsKey("value")
                ? asString("value", members.get("value")).getBytes(StandardCharsets.UTF_8)
                : decodeBase64(asString("value_b64", members.get("value_b64")));
        Object expiresAt = members.get("expires_at");
        if (expiresAt != null && !(expiresAt instanceof Long)) {
            throw new IllegalArgumentException("\"expires_at\" must be an integer (epoch milliseconds) or null");
        }
        return new Entry(address, value, (Long) expiresAt);
    }

    private static String requiredString(Map<String, Object> members, String name) {
        if (!members.containsKey(name)) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return asString(name, members.get(name));
    }

    private static String asString(String name, Object value) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return text;
    }

    private static byte[] decodeBase64(String text) {
        try {
            return java.util.Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"value_b64\" is not valid base64");
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
