package io.prontodb.store.remote;

import io.prontodb.ExitCode;
import io.prontodb.Pronto;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.config.Environment;
import io.prontodb.portability.Base64Values;
import io.prontodb.portability.ConflictPolicy;
import io.prontodb.portability.ExportFormat;
import io.prontodb.portability.FlatJsonObject;
import io.prontodb.portability.ImportResult;
import io.prontodb.portability.Progress;
import io.prontodb.portability.RecordReader;
import io.prontodb.security.ApiKeyScopes;
import io.prontodb.security.Credentials;
import io.prontodb.security.Security;
import io.prontodb.store.Entry;
import io.prontodb.store.NamespaceInfo;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import io.prontodb.stream.StreamTokenizer;
import io.prontodb.stream.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link Pronto} through a {@code prontodb serve} server (SPEC 9 and 10): key-value operations, listings, discovery
 * and streams over its HTTP API. What the API does not offer (cache administration, users and keys, import and
 * export, backups) is a usage error (64) that says so.
 */
public final class RemotePronto implements Pronto {
    public static final String API_KEY_VARIABLE = "PRONTO_API_KEY";
    public static final String TOKEN_VARIABLE = "PRONTO_TOKEN";

    private final HttpWire wire;
    private Credentials preamble;

    private RemotePronto(HttpWire wire) {
        this.wire = wire;
    }

    /** True for a target that names a server rather than a database file. */
    public static boolean isServer(String target) {
        return target.startsWith("http://") || target.startsWith("https://");
    }

    /** The server at {@code url}, with the API key ({@code PRONTO_API_KEY}) or session token ({@code PRONTO_TOKEN}). */
    public static RemotePronto open(String url, Environment env) {
        String secret = env.get(API_KEY_VARIABLE);
        if (secret == null || secret.isBlank()) {
            secret = env.get(TOKEN_VARIABLE);
        }
        if (secret == null || secret.isBlank()) {
            throw new ProntoException(ExitCode.DENIED, "the server target " + url + " needs a credential",
                    "set PRONTO_API_KEY (prontodb admin create-apikey USER) or PRONTO_TOKEN (prontodb login)");
        }
        URI uri;
        try {
            uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())) {
            throw ProntoException.usage("bad server target '" + url + "'", "write it http://HOST:PORT or https://HOST:PORT");
        }
        return new RemotePronto(new HttpWire(uri, secret.strip()));
    }

    @Override
    public Optional<Entry> get(Address address, boolean includeExpired) {
        HttpWire.Response response = wire.send("GET", keyPath(address) + query(
                "context", address.hasContext() ? address.context() : null,
                "include_expired", includeExpired ? "1" : null), null, null);
        if (response.status() != 200) {
            ProntoException failure = failure(response);
            if (failure.exitCode() == ExitCode.MISS) {
                return Optional.empty();
            }
            throw failure;
        }
        String expires = response.headers().get("x-pronto-expires-at");
        return Optional.of(new Entry(address, response.readAll(), expires == null ? null : Long.valueOf(expires)));
    }

    @Override
    public void set(Address address, byte[] value, Long ttlSeconds) {
        ok(wire.send("PUT", keyPath(address) + query(
                "context", address.hasContext() ? address.context() : null,
                "ttl", ttlSeconds == null ? null : ttlSeconds.toString()), "application/octet-stream", value), 204);
    }

    @Override
    public boolean delete(Address address) {
        ok(wire.send("DELETE", keyPath(address) + query("context", address.hasContext() ? address.context() : null),
                null, null), 204);
        return true;
    }

    @Override
    public void list(ListTarget target, boolean withValues, boolean includeExpired, Consumer<Entry> visitor) {
        NamespaceRef ns = target.namespace();
        HttpWire.Response response = wire.send("GET", "/v1/kv/" + segment(ns.project()) + "/" + segment(ns.namespace())
                + query("prefix", target.prefix().isEmpty() ? null : target.prefix(),
                        "keys", withValues ? null : "1",
                        "include_expired", includeExpired ? "1" : null), null, null);
        ok(response, 200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                visitor.accept(entry(FlatJsonObject.parse(line)));
            }
        } catch (IOException e) {
            throw HttpWire.lost(e);
        }
    }

    private static Entry entry(Map<String, Object> record) {
        Address address = new Address((String) record.get("project"), (String) record.get("namespace"),
                (String) record.get("key"), (String) record.get("context"));
        byte[] value = null;
        if (record.get("value") instanceof String text) {
            value = text.getBytes(StandardCharsets.UTF_8);
        } else if (record.get("value_b64") instanceof String b64) {
            value = Base64Values.decode(b64.getBytes(StandardCharsets.US_ASCII));
        }
        return new Entry(address, value, (Long) record.get("expires_at"));
    }

    @Override
    public List<String> projects() {
        List<String> projects = new ArrayList<>();
        for (String element : JsonArray.elements(text(wire.send("GET", "/v1/projects", null, null)))) {
            projects.add((String) FlatJsonObject.parse("{\"p\":" + element + "}").get("p"));
        }
        return projects;
    }

    @Override
    public List<NamespaceRef> namespaceRefs(String project) {
        return namespaces(project).stream().map(NamespaceInfo::ref).toList();
    }

    @Override
    public List<NamespaceInfo> namespaces(String project) {
        if (project == null) {
            List<NamespaceInfo> all = new ArrayList<>();
            for (String each : projects()) {
                all.addAll(namespaces(each));
            }
            return all;
        }
        List<NamespaceInfo> infos = new ArrayList<>();
        for (String element : JsonArray.elements(text(wire.send("GET", "/v1/projects/" + segment(project) + "/namespaces", null, null)))) {
            Map<String, Object> record = FlatJsonObject.parse(element);
            NamespaceSettings settings = new NamespaceSettings(NamespaceKind.fromLabel((String) record.get("kind")),
                    (Long) record.get("ttl"), (Long) record.get("max_items"), Boolean.TRUE.equals(record.get("evict_on_read")));
            infos.add(new NamespaceInfo(new NamespaceRef((String) record.get("project"), (String) record.get("namespace")),
                    settings, (Long) record.get("keys")));
        }
        return infos;
    }

    /** Keeps a stream's preamble credentials to send ahead of its tokens: the server checks them. */
    public void authenticate(Credentials credentials) {
        // Checked by the server, which reads the same preamble at the head of the stream it is sent.
        preamble = credentials;
    }

    @Override
    public Map<String, Long> stream(Scope start, Token first, StreamTokenizer tokens, ApiKeyScopes scopes) {
        HttpWire.Response response = wire.stream("POST", "/v1/stream" + query("project", start.project(),
                "namespace", start.namespace()), out -> {
                    if (preamble != null) {
                        StreamText.writePreamble(preamble, out);
                    }
                    if (!start.delimiter().equals(Delimiter.DEFAULT)) {
                        StreamText.writeToken("meta:delim=" + start.delimiter(), out);
                    }
                    for (Token token = first; token != null; token = tokens.next()) {
                        StreamText.writeToken(token.text(), out);
                    }
                });
        Map<String, Object> summary = FlatJsonObject.parse(
                text(response).replaceFirst("^\\{\"committed\":\\{", "{").replaceFirst("}}$", "}"));
        Map<String, Long> committed = new LinkedHashMap<>();
        summary.forEach((ns, count) -> committed.put(ns, (Long) count));
        return committed;
    }

    @Override
    public void copy(Address source, Address destination, boolean force) {
        throw notRemote("copy");
    }

    @Override
    public void move(Address source, Address destination, boolean force) {
        throw notRemote("move");
    }

    @Override
    public long dropPreview(NamespaceRef namespace) {
        throw notRemote("admin drop-namespace");
    }

    @Override
    public long dropPreview(String project) {
        throw notRemote("admin drop-project");
    }

    @Override
    public long dropNamespace(NamespaceRef namespace) {
        throw notRemote("admin drop-namespace");
    }

    @Override
    public long dropProject(String project) {
        throw notRemote("admin drop-project");
    }

    @Override
    public void createCache(NamespaceRef namespace, List<String> settings) {
        throw notRemote("cache administration");
    }

    @Override
    public void updateCache(NamespaceRef namespace, List<String> settings) {
        throw notRemote("cache administration");
    }

    @Override
    public void dropCache(NamespaceRef namespace) {
        throw notRemote("cache administration");
    }

    @Override
    public long collectGarbage() {
        throw notRemote("admin gc");
    }

    @Override
    public ImportResult importRecords(RecordReader reader, ConflictPolicy policy, Progress progress) {
        throw notRemote("import");
    }

    @Override
    public long export(RowScope scope, ExportFormat format, OutputStream out, Progress progress) {
        throw notRemote("export");
    }

    @Override
    public long exportFs(Path dir, RowScope scope) {
        throw notRemote("export-fs");
    }

    @Override
    public ImportResult importFs(Path dir, ConflictPolicy policy) {
        throw notRemote("import-fs");
    }

    @Override
    public Security security() {
        throw notRemote("user, API key and session administration");
    }


    @Override
    public void close() {
        // one connection per request: nothing stays open
    }

    /** The answer for what the HTTP API does not offer. */
    public static ProntoException notRemote(String what) {
        return ProntoException.usage(what + " is not available on a server target",
                "run it where the database is, with -d PATH (or a postgresql:// target)");
    }

    private static String keyPath(Address address) {
        return "/v1/kv/" + segment(address.project()) + "/" + segment(address.namespace()) + "/" + segment(address.key());
    }

    /** Percent-encodes every byte outside the unreserved set of RFC 3986. */
    static String segment(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** {@code ?a=1&b=2} from names and values, leaving out null values; "" when none is left. */
    private static String query(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                out.append(out.length() == 0 ? '?' : '&').append(namesAndValues[i]).append('=')
                        .append(segment(namesAndValues[i + 1]));
            }
        }
        return out.toString();
    }

    private static String text(HttpWire.Response response) {
        ok(response, 200);
        return new String(response.readAll(), StandardCharsets.UTF_8);
    }

    private static void ok(HttpWire.Response response, int expected) {
        if (response.status() != expected) {
            throw failure(response);
        }
    }

    /** The server's error JSON as the exception the same failure raises locally. */
    private static ProntoException failure(HttpWire.Response response) {
        byte[] body = response.readAll();
        Map<String, Object> error;
        try {
            error = FlatJsonObject.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new ProntoException(ExitCode.ERROR, "the server answered " + response.status() + " without an error message");
        }
        String message = String.valueOf(error.get("error"));
        ExitCode exit = ExitCode.ERROR;
        for (ExitCode code : ExitCode.values()) {
            if (error.get("exit") instanceof Long n && code.code == n) {
                exit = code;
            }
        }
        // A stream failure carries its committed-segments report after the message, as the local hint.
        for (String report : new String[] {"; committed before the error", "; nothing was committed"}) {
            int at = message.indexOf(report);
            if (at >= 0) {
                return new ProntoException(exit, message.substring(0, at), message.substring(at + 2));
            }
        }
        return new ProntoException(exit, message);
    }
}
