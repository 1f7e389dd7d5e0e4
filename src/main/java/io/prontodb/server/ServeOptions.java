package io.prontodb.server;

import io.prontodb.ProntoException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How {@code prontodb serve} listens. A listen address that is not loopback needs TLS (a PKCS12 keystore) or an
 * explicit {@code --insecure}: API keys travel in every request.
 */
public record ServeOptions(InetSocketAddress listen, Path socket, long maxBody, Path tlsKeystore, char[] tlsPassword,
                           int readTimeoutSeconds) {
    public static final String DEFAULT_LISTEN = "127.0.0.1:7480";
    public static final long DEFAULT_MAX_BODY = 128L << 20;
    /** The largest body one array can hold. */
    public static final long MAX_MAX_BODY = Integer.MAX_VALUE - 8;
    public static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;

    public static ServeOptions of(String listen, String socket, String maxBody, String tlsKeystore, String tlsPassword,
                                  boolean insecure, String readTimeout) {
        // With --socket alone, only the socket is offered (the server behind it listens on a private loopback port).
        InetSocketAddress address = listen == null && socket != null ? null
                : parseListen(listen == null ? DEFAULT_LISTEN : listen);
        if (address != null && tlsKeystore == null && !insecure && !address.getAddress().isLoopbackAddress()) {
            throw ProntoException.usage("refusing to listen on " + address.getAddress().getHostAddress()
                            + " without TLS: API keys would cross the network in clear text",
                    "give --tls-keystore FILE (PKCS12, password in PRONTO_TLS_PASSWORD), or --insecure to accept the risk");
        }
        if (tlsKeystore != null && tlsPassword == null) {
            throw ProntoException.usage("--tls-keystore needs its password in PRONTO_TLS_PASSWORD");
        }
        long body = maxBody == null ? DEFAULT_MAX_BODY : positive("--max-body", maxBody, MAX_MAX_BODY);
        int timeout = readTimeout == null ? DEFAULT_READ_TIMEOUT_SECONDS
                : (int) positive("--read-timeout", readTimeout, 86_400);
        return new ServeOptions(address, socket == null ? null : Path.of(socket), body,
                tlsKeystore == null ? null : Path.of(tlsKeystore), tlsPassword == null ? null : tlsPassword.toCharArray(),
                timeout);
    }

    static InetSocketAddress parseListen(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw ProntoException.usage("--listen needs HOST:PORT, got '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        // Port 0: any free port (the one chosen is printed on stderr).
        int port = text.endsWith(":0") ? 0 : (int) positive("--listen port", text.substring(colon + 1), 65_535);
        try {
            return new InetSocketAddress(InetAddress.getByName(host.isEmpty() ? "0.0.0.0" : host), port);
        } catch (UnknownHostException e) {
            throw ProntoException.usage("--listen: unknown host '" + host + "'");
        }
    }

    private static long positive(String what, String text, long max) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > max) {
            throw ProntoException.usage(what + " must be a whole number from 1 to " + max + ", got '" + text + "'");
        }
        return value;
    }
}
