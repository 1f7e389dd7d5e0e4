package io.prontodb.store.remote;

import java.util.ArrayList;
import java.util.List;

/** Splits a JSON array of strings or flat objects (what the discovery routes answer) into its elements' text. */
final class JsonArray {
    private JsonArray() {
    }

    static List<String> elements(String json) {
        String text = json.strip();
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new IllegalArgumentException("expected a JSON array");
        }
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int start = 1;
        boolean inString = false;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = text.substring(start, text.length() - 1).strip();
        if (!last.isEmpty()) {
            elements.add(last);
        }
        return elements;
    }
}
