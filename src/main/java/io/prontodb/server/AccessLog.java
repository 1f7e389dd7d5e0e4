package io.prontodb.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * One line per request on stderr: time, client, method, path, status, response bytes, duration and user. The
 * Authorization header is never logged, and query parameters other than the API's own are shown without values,
 * so a secret a client put in a URL by mistake stays out of the log.
 */
final class AccessLog {
    private static final Set<String> KNOWN_PARAMETERS =
            Set.of("context", "ttl", "prefix", "keys", "include_expired", "project", "namespace");

    private final PrintStream err;

    AccessLog(PrintStream err) {
        this.err = err;
    }

    void request(String client, String method, String rawPath, String rawQuery, int status, long bytes,
                 long nanos, String user) {
        StringBuilder line = new StringBuilder(128)
                .append(Instant.now().truncatedTo(ChronoUnit.MILLIS)).append(' ')
                .append(client).append(' ').append(method).append(' ').append(rawPath);
        if (rawQuery != null) {
            line.append('?').append(redacted(rawQuery));
        }
        line.append(' ').append(status == 0 ? "-" : Integer.toString(status))
                .append(' ').append(bytes)
                .append(' ').append(String.format("%.2fms", nanos / 1e6))
                .append(' ').append(user == null ? "-" : user);
        err.println(line);
    }

    private static String redacted(String rawQuery) {
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            out.append(KNOWN_PARAMETERS.contains(name) || eq < 0 ? pair : name + "=...");
        }
        return out.toString();
    }
}
