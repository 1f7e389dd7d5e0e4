package io.prontodb.stream;

/** Writes a value so the tokenizer gives it back unchanged: what a stream producer has to do. */
final class StreamEscaping {
    private StreamEscaping() {
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case ' ' -> out.append(i == 0 || i == value.length() - 1 ? "\\s" : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
