package io.prontodb.config;

import io.prontodb.ProntoException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where the data lives (SPEC 9): a SQLite file, a PostgreSQL database, or a ProntoDB server. Parsed from {@code -d},
 * {@code PRONTO_DB} or config {@code db}; a text that is not a URL is a file path, used exactly as written.
 */
public sealed interface Target permits Target.Sqlite, Target.Postgres, Target.Server {
    Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    int DEFAULT_POSTGRES_PORT = 5432;

    /** How the target is named in messages: never with a password. */
    String describe();

    /** An embedded SQLite database: exactly the file named, no SQLite URI or query-string interpretation. */
    record Sqlite(Path path) implements Target {
        @Override
        public String describe() {
            return path.toString();
        }
    }

    /** A PostgreSQL database; the password is looked up when connecting (PGPASSWORD, PGPASSFILE, ~/.pgpass). */
    record Postgres(String host, int port, String database, String user, String sslMode) implements Target {
        @Override
        public String describe() {
            String hostPart = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + user + "@" + hostPart + ":" + port + "/" + database;
        }
    }

    /** A ProntoDB server; credentials come from PRONTO_API_KEY or PRONTO_TOKEN. */
    record Server(URI uri) implements Target {
        @Override
        public String describe() {
            return uri.toString();
        }
    }

    /** Parses a target; a malformed one is a usage error (64). {@code env} gives the default PostgreSQL user. */
    static Target parse(String text, Environment env) {
        var scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            return sqlite(text);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "postgresql", "postgres" -> postgres(text, env);
            case "http", "https" -> server(text);
            default -> throw ProntoException.usage("unknown target scheme '" + scheme.group(1) + "://'",
                    "a target is a file path, postgresql://[user@]host[:port]/dbname or http(s)://host:port");
        };
    }

    private static Target sqlite(String text) {
        if (text.isEmpty()) {
            throw ProntoException.usage("empty database path", "point -d/--db or PRONTO_DB at a file");
        }
        if (text.equals(":memory:")) {
            throw ProntoException.usage("':memory:' is not supported: a database that vanishes at exit would keep nothing",
                    "to use a file of that name, write ./:memory:");
        }
        try {
            return new Sqlite(Path.of(text));
        } catch (InvalidPathException e) {
            throw ProntoException.usage("invalid database path: " + e.getReason(), null);
        }
    }

    private static Target postgres(String text, Environment env) {
        URI uri = uri(text, "postgresql://[user@]host[:port]/dbname[?sslmode=MODE]");
        String user = uri.getUserInfo();
        if (user != null && uri.getRawUserInfo().contains(":")) {
            throw ProntoException.usage("a password in a target URL would be visible to other users",
                    "give it in PGPASSWORD, PGPASSFILE or ~/.pgpass instead");
        }
        if (uri.getHost() == null || uri.getFragment() != null) {
            throw malformed("postgresql://[user@]host[:port]/dbname[?sslmode=MODE]");
        }
        String path = uri.getPath();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw ProntoException.usage("target " + text + " names no database",
                    "write postgresql://[user@]host[:port]/dbname");
        }
        String sslMode = null;
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&", -1)) {
                if (!parameter.startsWith("sslmode=") || !SSL_MODES.contains(parameter.substring(8))) {
                    throw ProntoException.usage("unsupported target parameter '" + parameter + "'",
                            "the one parameter is sslmode=" + String.join("|", new TreeSet<>(SSL_MODES)));
                }
                sslMode = parameter.substring(8);
            }
        }
        if (user == null || user.isEmpty()) {
            user = env.get("PGUSER") != null ? env.get("PGUSER") : System.getProperty("user.name");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_POSTGRES_PORT : uri.getPort();
        return new Postgres(host, port, path.substring(1), user, sslMode);
    }

    private static Target server(String text) {
        URI uri = uri(text, "http(s)://host:port");
        if (uri.getUserInfo() != null) {
            throw ProntoException.usage("credentials in a target URL would be visible to other users",
                    "give an API key in PRONTO_API_KEY or a session token in PRONTO_TOKEN");
        }
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw malformed("http(s)://host:port");
        }
        return new Server(URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority()));
    }

    private static URI uri(String text, String form) {
        try {
            URI uri = new URI(text);
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                throw malformed(form);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw malformed(form);
        }
    }

    /** The text is not repeated: a malformed URL may hold a password. */
    private static ProntoException malformed(String form) {
        return ProntoException.usage("malformed target URL", "write " + form);
    }
}
