package io.prontodb.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.cache.Expiry;
import io.prontodb.cache.KeyValueService;
import io.prontodb.cli.command.EntryJson;
import io.prontodb.cli.command.NamespaceJson;
import io.prontodb.portability.CanonicalJson;
import io.prontodb.portability.JsonText;
import io.prontodb.security.Bearer;
import io.prontodb.security.Security;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.Store;
import io.prontodb.stream.AuthPreamble;
import io.prontodb.stream.StreamRunner;
import io.prontodb.stream.StreamTokenizer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Routes every request (SPEC 10): the /v1 API, then the web page's files. */
final class ApiHandler implements HttpHandler {
    static final String EXPIRES_AT_HEADER = "X-Pronto-Expires-At";
    private static final String JSON = "application/json";
    private static final String HEALTH = "/v1/health";

    private final StorePool stores;
    private final Clock clock;
    private final String adminPassword;
    private final long maxBody;
    private final AccessLog log;
    private final StaticAssets assets = new StaticAssets();

    ApiHandler(StorePool stores, Clock clock, String adminPassword, long maxBody, AccessLog log) {
        this.stores = stores;
        this.clock = clock;
        this.adminPassword = adminPassword;
        this.maxBody = maxBody;
        this.log = log;
    }

    /** What one request did, for the access log. */
    private static final class Outcome {
        int status;
        long bytes;
        String user;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        Outcome outcome = new Outcome();
        try {
            route(exchange, outcome);
        } catch (ProntoException e) {
            fail(exchange, outcome, HttpFailure.statusOf(e), e.exitCode(), e.getMessage());
        } catch (UncheckedIOException e) {
            outcome.status = 0;
        } catch (RuntimeException e) {
            fail(exchange, outcome, 500, ExitCode.ERROR, "internal error: " + e.getClass().getSimpleName());
        } finally {
            exchange.close();
            log.request(exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    outcome.status, outcome.bytes, System.nanoTime() - start, outcome.user);
        }
    }

    private void route(HttpExchange exchange, Outcome outcome) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (!rawPath.equals("/v1") && !rawPath.startsWith("/v1/")) {
            serveAsset(exchange, outcome, rawPath, method);
            return;
        }
        if (rawPath.equals(HEALTH)) {
            requireMethod(method, "GET");
            send(exchange, outcome, 200, JSON, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String secret = bearerSecret(exchange.getRequestHeaders());
        stores.with(store -> {
            Bearer bearer = Security.open(store.credentials(), clock, adminPassword).bearer(secret);
            outcome.user = bearer.user();
            List<String> path = PathSegments.split(rawPath);
            Map<String, String> query = PathSegments.query(exchange.getRequestURI().getRawQuery());
            new Request(exchange, outcome, new ScopedStore(store, bearer.scopes()), store, method, path, query).dispatch();
            return null;
        });
    }

    private static String bearerSecret(Headers headers) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw new ProntoException(ExitCode.DENIED, "missing credential: send 'Authorization: Bearer API_KEY_OR_TOKEN'");
        }
        return authorization.substring(7).strip();
    }

    private void serveAsset(HttpExchange exchange, Outcome outcome, String rawPath, String method) {
        StaticAssets.Asset asset = rawPath.lastIndexOf('/') == 0 ? assets.find(rawPath.substring(1)) : null;
        if (asset == null) {
            throw new HttpFailure(404, ExitCode.USAGE, "no such page: " + rawPath);
        }
        requireMethod(method, "GET");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        send(exchange, outcome, 200, asset.contentType(), asset.bytes());
    }

    /** One authenticated /v1 request. */
    private final class Request {
        private final HttpExchange exchange;
        private final Outcome outcome;
        private final ScopedStore store;
        private final Store security;
        private final String method;
        private final List<String> path;
        private final Map<String, String> query;

        Request(HttpExchange exchange, Outcome outcome, ScopedStore store, Store security, String method,
                List<String> path, Map<String, String> query) {
            this.exchange = exchange;
            this.outcome = outcome;
            this.store = store;
            this.security = security;
            this.method = method;
            this.path = path;
            this.query = query;
        }

        void dispatch() {
            String resource = path.size() > 1 ? path.get(1) : "";
            int size = path.size();
            if (resource.equals("kv") && size == 5) {
                key(ApiNames.address(ApiNames.namespace(path.get(2), path.get(3)), path.get(4), query.get("context")));
            } else if (resource.equals("kv") && size == 4) {
                requireMethod(method, "GET");
                listing(ApiNames.namespace(path.get(2), path.get(3)));
            } else if (resource.equals("stream") && size == 2) {
                requireMethod(method, "POST");
                stream();
            } else if (resource.equals("projects") && size == 2) {
                requireMethod(method, "GET");
                sendJson(store.projects(clock.millis()).stream().map(JsonText::string)
                        .collect(Collectors.joining(",", "[", "]")));
            } else if (resource.equals("projects") && size == 4 && path.get(3).equals("namespaces")) {
                requireMethod(method, "GET");
                namespaces(ApiNames.namespace(path.get(2), "namespaces").project());
            } else {
                throw new HttpFailure(404, ExitCode.USAGE, "no such route: " + exchange.getRequestURI().getRawPath());
            }
        }

        private void key(Address address) {
            KeyValueService keyValues = new KeyValueService(store, clock);
            switch (method) {
                case "GET" -> {
                    Entry entry = keyValues.get(address, flag("include_expired"))
                            .orElseThrow(() -> new ProntoException(ExitCode.MISS, "not found: " + address.format(Delimiter.DEFAULT)));
                    if (entry.expiresAt() != null) {
                        exchange.getResponseHeaders().set(EXPIRES_AT_HEADER, entry.expiresAt().toString());
                    }
                    send(exchange, outcome, 200, "application/octet-stream", entry.value());
                }
                case "PUT" -> {
                    Long ttl = query.containsKey("ttl") ? Expiry.positive("ttl", query.get("ttl")) : null;
                    byte[] value = BoundedBody.readAll(exchange.getRequestBody(), contentLength(), maxBody);
                    if (isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                        value = CanonicalJson.canonicalize(value);
                    }
                    keyValues.set(address, value, ttl);
                    sendEmpty(204);
                }
                case "DELETE" -> {
                    keyValues.delete(address);
                    sendEmpty(204);
                }
                default -> throw notAllowed(method, "GET, PUT, DELETE");
            }
        }

        private void listing(NamespaceRef ns) {
            String prefix = query.getOrDefault("prefix", "");
            ApiNames.prefix(prefix);
            boolean keysOnly = flag("keys");
            boolean includeExpired = flag("include_expired");
            KeyValueService keyValues = new KeyValueService(store, clock);
            Long expiredAsOf = includeExpired ? clock.millis() : null;
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            // Checked before the status line goes out, so a refusal still gets its own status.
            store.requireRead(ns.project());
            try {
                exchange.sendResponseHeaders(200, 0);
                outcome.status = 200;
                OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16);
                keyValues.list(new ListTarget(ns, prefix), !keysOnly, includeExpired, entry -> {
                    byte[] line = (EntryJson.of(entry, !keysOnly, false, expiredAsOf) + "\n").getBytes(StandardCharsets.UTF_8);
                    write(out, line);
                    outcome.bytes += line.length;
                });
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void namespaces(String project) {
            store.requireRead(project);
            List<NamespaceInfo> infos = store.namespaces(project, clock.millis());
            sendJson(infos.stream().map(NamespaceJson::of).collect(Collectors.joining(",", "[", "]")));
        }

        private void stream() {
            String project = query.getOrDefault("project", "default");
            String namespace = query.getOrDefault("namespace", "default");
            ApiNames.namespace(project, namespace);
            StreamTokenizer tokens = new StreamTokenizer(new BoundedBody(exchange.getRequestBody(), maxBody));
            AuthPreamble.Result preamble = AuthPreamble.read(tokens, false);
            if (preamble.credentials() != null) {
                Security.open(security.credentials(), clock, adminPassword).authenticate(preamble.credentials());
            }
            Map<String, Long> committed;
            try {
                committed = new StreamRunner(store, clock, new Scope(project, namespace, Delimiter.DEFAULT))
                        .run(preamble.next(), tokens);
            } catch (ProntoException e) {
                // The hint says which segments were committed: the caller needs it as much as the message.
                throw new ProntoException(e.exitCode(), e.getMessage() + "; " + e.hint(), null, e);
            }
            String counts = committed.entrySet().stream()
                    .map(e -> JsonText.string(e.getKey()) + ":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
            sendJson("{\"committed\":" + counts + "}");
        }

        private boolean flag(String name) {
            String value = query.get(name);
            if (value == null || value.equals("0")) {
                return false;
            }
            if (!value.equals("1") && !value.isEmpty()) {
                throw ProntoException.usage("query parameter " + name + " takes 1 or 0, got '" + value + "'");
            }
            return true;
        }

        private Long contentLength() {
            String text = exchange.getRequestHeaders().getFirst("Content-Length");
            return text == null ? null : Long.parseLong(text.strip());
        }

        private void sendJson(String json) {
            send(exchange, outcome, 200, JSON, json.getBytes(StandardCharsets.UTF_8));
        }

        private void sendEmpty(int status) {
            try {
                exchange.sendResponseHeaders(status, -1);
                outcome.status = status;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith(JSON);
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw notAllowed(method, allowed);
        }
    }

    private static HttpFailure notAllowed(String method, String allowed) {
        return new HttpFailure(405, ExitCode.USAGE, "method " + method + " is not allowed here; allowed: " + allowed);
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, Outcome outcome, int status, String contentType, byte[] body) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            outcome.status = status;
            exchange.getResponseBody().write(body);
            outcome.bytes = body.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the error JSON, unless the status line already went out (a listing cut short): then the reply just ends. */
    private static void fail(HttpExchange exchange, Outcome outcome, int status, ExitCode exit, String message) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        String body = JsonText.object("error", JsonText.string(message), "exit", Integer.toString(exit.code));
        try {
            send(exchange, outcome, status, JSON, body.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            outcome.status = 0;
        }
    }
}
