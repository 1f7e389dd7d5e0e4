package io.prontodb.portability;

/** Minimal JSON writing for listings: string literals and small objects, no parsing. */
public final class JsonText {
    private JsonText() {
    }

    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The member that carries a value exactly: {@code "value"} with its text when it is UTF-8 (and base64 was not
     * asked for), else {@code "value_b64"}. Returned as name and encoded value, for {@link #object}.
     */
    public static String[] valueMember(byte[] value, boolean base64) {
        String text = base64 ? null : Utf8.decodeOrNull(value);
        return text != null
                ? new String[] {"value", string(text)}
                : new String[] {"value_b64", string(Base64Values.encode(value))};
    }

    /** Builds one JSON object from alternating names and already-encoded JSON values, skipping null values. */
    public static String object(Object... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(string((String) namesAndValues[i])).append(':').append(value);
        }
        return out.append('}').toString();
    }

    /** The value of an ASCII hex digit, or -1 (Character.digit also takes the digits of other scripts). */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
