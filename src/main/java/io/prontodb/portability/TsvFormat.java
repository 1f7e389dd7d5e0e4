package io.prontodb.portability;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * TSV export: a header line, then one line per entry with six tab-separated fields. Every field is escaped by
 * {@link TsvEscaper}; {@code expires_at} is epoch milliseconds, empty for no expiry.
 */
public final class TsvFormat {
    public static final String HEADER = "project\tnamespace\tkey\tcontext\tvalue\texpires_at";
    private static final int FIELDS = 6;

    private TsvFormat() {
    }

    static RecordWriter writer(OutputStream out) throws IOException {
        out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        EscapedName projects = new EscapedName();
        EscapedName namespaces = new EscapedName();
        EscapedName contexts = new EscapedName();
        return entry -> {
            Address a = entry.address();
            out.write(projects.of(a.project()));
            out.write(namespaces.of(a.namespace()));
            name(a.key(), out);
            out.write(contexts.of(a.context()));
            TsvEscaper.escape(entry.value(), out);
            out.write('\t');
            if (entry.expiresAt() != null) {
                out.write(Long.toString(entry.expiresAt()).getBytes(StandardCharsets.US_ASCII));
            }
            out.write('\n');
        };
    }

    private static void name(String name, OutputStream out) throws IOException {
        TsvEscaper.escape(name.getBytes(StandardCharsets.UTF_8), out);
        out.write('\t');
    }

    /** The escaped field and its tab, computed again only when the name changes (sorted exports repeat them). */
    private static final class EscapedName {
        private String lastName;
        private byte[] lastField;

        byte[] of(String name) {
            if (!name.equals(lastName)) {
                byte[] escaped = TsvEscaper.escape(name.getBytes(StandardCharsets.UTF_8));
                lastField = Arrays.copyOf(escaped, escaped.length + 1);
                lastField[escaped.length] = '\t';
                lastName = name;
            }
            return lastField;
        }
    }

    static RecordReader reader(InputStream in) {
        LineReader lines = new LineReader(in);
        return new RecordReader() {
            private boolean headerRead;

            @Override
            public Entry next() {
                if (!headerRead) {
                    headerRead = true;
                    if (!lines.next() || !HEADER.equals(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8))) {
                        throw ProntoException.badData("line 1: expected the TSV header '"
                                + HEADER.replace('\t', ' ') + "' (tab-separated)");
                    }
                }
                do {
                    if (!lines.next()) {
                        return null;
                    }
                } while (lines.length() == 0);
                return parse(lines.bytes(), lines.length());
            }

            @Override
            public long lineNumber() {
                return lines.lineNumber();
            }

            private Entry parse(byte[] line, int length) {
                int[] starts = new int[FIELDS + 1];
                int field = 0;
                for (int i = 0; i < length; i++) {
                    if (line[i] == '\t') {
                        if (++field == FIELDS) {
                            throw bad("more than " + FIELDS + " tab-separated fields");
                        }
                        starts[field] = i + 1;
                    }
                }
                if (field != FIELDS - 1) {
                    throw bad((field + 1) + " fields; expected " + FIELDS);
                }
                starts[FIELDS] = length + 1;
                try {
                    String project = text(line, starts, 0, "project");
                    String namespace = text(line, starts, 1, "namespace");
                    String key = text(line, starts, 2, "key");
                    String context = text(line, starts, 3, "context");
                    byte[] value = TsvEscaper.unescape(line, starts[4], starts[5] - 1);
                    return new Entry(new Address(project, namespace, key, context), value, expiresAt(line, starts[5], length));
                } catch (IllegalArgumentException e) {
                    throw bad(e.getMessage());
                }
            }

            private String text(byte[] line, int[] starts, int index, String what) {
                String text = Utf8.decodeOrNull(TsvEscaper.unescape(line, starts[index], starts[index + 1] - 1));
                if (text == null) {
                    throw new IllegalArgumentException(what + " is not valid UTF-8");
                }
                return text;
            }

            private Long expiresAt(byte[] line, int start, int end) {
                if (start == end) {
                    return null;
                }
                String text = new String(line, start, end - start, StandardCharsets.US_ASCII);
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expires_at must be epoch milliseconds or empty, got '" + text + "'");
                }
            }

            private ProntoException bad(String why) {
                return ProntoException.badData("line " + lines.lineNumber() + ": " + why);
            }
        };
    }
}
