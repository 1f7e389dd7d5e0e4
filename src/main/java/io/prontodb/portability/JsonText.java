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
}
