package io.prontodb.store.remote;

import io.prontodb.security.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes tokens back in the stream grammar, escaped so the server's tokenizer reads exactly the same text. */
final class StreamText {
    private StreamText() {
    }

    static void writeToken(String text, OutputStream out) throws IOException {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                case ' ' -> escaped.append("\\s");
                default -> escaped.append(c);
            }
        }
        out.write(escaped.append('\n').toString().getBytes(StandardCharsets.UTF_8));
    }

    static void writePreamble(Credentials credentials, OutputStream out) throws IOException {
        if (credentials instanceof Credentials.ApiKey key) {
            writeToken("meta:sec:apikey=" + key.key(), out);
        } else if (credentials instanceof Credentials.SessionToken token) {
            writeToken("meta:sec:session=" + token.token(), out);
        } else if (credentials instanceof Credentials.Password password) {
            writeToken("meta:sec:pass=" + new String(password.password()), out);
            writeToken("meta:sec:user=" + password.user(), out);
        }
    }
}
