package io.prontodb.store.remote;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 client on a plain socket, one request per connection. The JDK's HTTP clients load hundreds
 * of classes on first use; a remote {@code get} is a whole process start, so this one loads a handful.
 */
final class HttpWire {
    private static final int CONNECT_TIMEOUT_MS = 10_000;

    /** A response: its status, headers (names lower-cased) and body (chunked encoding already undone). */
    record Response(int status, Map<String, String> headers, InputStream body) {
        byte[] readAll() {
            try {
                return body.readAllBytes();
            } catch (IOException e) {
                throw lost(e);
            }
        }
    }

    /** Writes a request body; chunked, so it can stream without knowing its length. */
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final URI server;
    private final String authorization;

    HttpWire(URI server, String bearer) {
        this.server = server;
        this.authorization = "Bearer " + bearer;
    }

    URI server() {
        return server;
    }

    Response send(String method, String pathAndQuery, String contentType, byte[] body) {
        return exchange(method, pathAndQuery, contentType, body == null ? null : body.length,
                body == null ? null : out -> out.write(body));
    }

    Response stream(String method, String pathAndQuery, BodyWriter body) {
        return exchange(method, pathAndQuery, "text/plain; charset=utf-8", null, body);
    }

    private Response exchange(String method, String pathAndQuery, String contentType, Integer length, BodyWriter body) {
        Socket socket = connect();
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            StringBuilder head = new StringBuilder(256)
                    .append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(server.getRawAuthority()).append("\r\n")
                    .append("Authorization: ").append(authorization).append("\r\n")
                    .append("Connection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append(length != null ? "Content-Length: " + length : "Transfer-Encoding: chunked").append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                OutputStream target = length != null ? out : new ChunkedOutput(out);
                body.writeTo(target);
                if (target != out) {
                    target.close();
                }
            }
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        } catch (IOException e) {
            closeQuietly(socket);
            throw lost(e);
        }
    }

    private Socket connect() {
        boolean tls = "https".equals(server.getScheme());
        int port = server.getPort() > 0 ? server.getPort() : tls ? 443 : 80;
        try {
            Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket();
            socket.connect(new InetSocketAddress(server.getHost(), port), CONNECT_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot reach the server " + server + ": " + e.getMessage(),
                    "is 'prontodb serve' running there?");
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        InputStream body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new ChunkedInput(in) : in;
        return new Response(status, headers, body);
    }

    /** One header line, without its CRLF. */
    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of a response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    static ProntoException lost(IOException e) {
        return new ProntoException(ExitCode.IO, "lost the connection to the server: " + e.getMessage());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
