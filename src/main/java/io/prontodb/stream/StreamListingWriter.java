package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NamespaceRef;
import io.prontodb.portability.Base64Values;
import io.prontodb.portability.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes a listing in the stream grammar, so that {@code prontodb stream} reads it back byte-exact: one
 * {@code meta:path=P.N} line per namespace, then one {@code key=value} (or {@code key__ctx=value}) line per entry
 * with stream escapes. Values that are not UTF-8, or every value when {@code allBase64}, go after
 * {@code meta:b64=1} as base64. A name that holds the delimiter in use gets a {@code meta:delim} line first.
 * Without values (a key listing) each entry is its escaped key part alone.
 */
public final class StreamListingWriter {
    /** Tried in this order when a name holds the current delimiter; a name is too short to hold them all. */
    private static final String DELIMITER_CANDIDATES = "./:|,+@#!~^*%&-";

    private final Consumer<byte[]> lines;
    private final boolean allBase64;
    private Delimiter delimiter;
    private NamespaceRef namespace;
    private boolean base64;

    /**
     * {@code lines} receives each line without its newline. {@code delimiter} is the one the reading stream starts
     * with by default; any other is announced first.
     */
    public StreamListingWriter(Consumer<byte[]> lines, Delimiter delimiter, boolean allBase64) {
        this.lines = lines;
        this.allBase64 = allBase64;
        this.delimiter = Delimiter.DEFAULT;
        if (!delimiter.equals(Delimiter.DEFAULT)) {
            switchDelimiter(delimiter);
        }
    }

    /** One entry; {@code value} null writes the key part alone. */
    public void write(Address address, byte[] value) {
        NamespaceRef ns = new NamespaceRef(address.project(), address.namespace());
        if (!ns.equals(namespace)) {
            ensureDelimiterAbsentFrom(ns.project() + ns.namespace());
            line("meta:path=" + escape(ns.format(delimiter)));
            namespace = ns;
        }
        String keyPart = address.keyPart();
        if (keyPart.indexOf('=') >= 0 || keyPart.startsWith(Token.META_PREFIX)) {
            throw new ProntoException(ExitCode.ERROR, "key '" + keyPart + "' cannot be written as a stream token"
                    + " (it holds '=' or starts with '" + Token.META_PREFIX + "')",
                    "use 'prontodb export --format jsonl' for this namespace");
        }
        ensureDelimiterAbsentFrom(keyPart);
        if (value == null) {
            line(escape(keyPart));
            return;
        }
        String text = allBase64 ? null : Utf8.decodeOrNull(value);
        if (base64 != (text == null)) {
            base64 = text == null;
            line(base64 ? "meta:b64=1" : "meta:b64=0");
        }
        line(escape(keyPart) + "=" + (base64 ? Base64Values.encode(value) : escape(text)));
    }

    private void ensureDelimiterAbsentFrom(String names) {
        if (names.indexOf(delimiter.toString()) < 0) {
            return;
        }
        for (int i = 0; i < DELIMITER_CANDIDATES.length(); i++) {
            String candidate = DELIMITER_CANDIDATES.substring(i, i + 1);
            if (!names.contains(candidate)) {
                switchDelimiter(Delimiter.parse(candidate));
                return;
            }
        }
        throw new ProntoException(ExitCode.ERROR, "the names '" + names + "' hold every delimiter a stream can switch to",
                "use 'prontodb export --format jsonl'");
    }

    private void switchDelimiter(Delimiter next) {
        delimiter = next;
        line("meta:delim=" + escape(next.toString()));
    }

    private void line(String text) {
        lines.accept(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Stream escapes: backslash, ';', newline, tab and CR always; a space only as the last character, where the
     * reader would trim it (a space at the start never reaches the reader's trimming: the key stands before it).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case ' ' -> out.append(i == text.length() - 1 ? "\\s" : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
