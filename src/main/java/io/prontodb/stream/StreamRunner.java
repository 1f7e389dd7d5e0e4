package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.AddressParser;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NameRules;
import io.prontodb.address.NamespaceRef;
import io.prontodb.address.Scope;
import io.prontodb.cache.Expiry;
import io.prontodb.cache.NamespaceWriter;
import io.prontodb.portability.Base64Values;
import io.prontodb.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the tokens of a stream after its preamble. Data tokens between two namespace switches form a segment,
 * staged as it arrives and written in one transaction when it ends. An error discards the open segment and stops;
 * the error names the token and the segments already committed.
 */
public final class StreamRunner {
    private final Store store;
    private final Clock clock;
    private final Map<String, Long> committed = new LinkedHashMap<>();
    private String project;
    private String namespace;
    private Delimiter delimiter;
    private Long ttlSeconds;
    private boolean base64;
    private int at;

    public StreamRunner(Store store, Clock clock, Scope start) {
        this.store = store;
        this.clock = clock;
        this.project = start.project();
        this.namespace = start.namespace();
        this.delimiter = start.delimiter();
    }

    /** Runs from {@code first} (null: nothing to do) to the end of {@code tokens}; returns keys written per namespace. */
    public Map<String, Long> run(Token first, StreamTokenizer tokens) {
        try {
            Token token = first;
            while (token != null) {
                at = token.number();
                if (token.isDirective()) {
                    applyDirective(token);
                    token = tokens.next();
                } else {
                    token = writeSegment(token, tokens);
                }
            }
            return committed;
        } catch (StreamSyntaxException e) {
            throw failure(e, e.tokenNumber());
        } catch (ProntoException e) {
            throw failure(e, at);
        }
    }

    /**
     * Stages data tokens from {@code first} until the segment ends, then writes them in one short transaction:
     * the write lock is never held while waiting for input. Returns the token that switches namespace, or null.
     */
    private Token writeSegment(Token first, StreamTokenizer tokens) {
        NamespaceRef ns = new NamespaceRef(project, namespace);
        String label = ns.format(delimiter);
        try (StagedSegment segment = new StagedSegment()) {
            Token token = first;
            while (token != null) {
                at = token.number();
                if (!token.isDirective()) {
                    segment.add(staged(ns, token));
                } else if (switchesNamespace(token)) {
                    break;
                } else {
                    applyDirective(token);
                }
                token = tokens.next();
            }
            store.inWriteTransaction(() -> {
                try (NamespaceWriter writer = new NamespaceWriter(store, clock, ns)) {
                    segment.replay(ns.project(), ns.namespace(), w -> writer.put(w.address(), w.value(), w.ttlSeconds()));
                    writer.flush();
                }
                return null;
            });
            committed.merge(label, segment.count(), Long::sum);
            return token;
        }
    }

    private StagedSegment.Write staged(NamespaceRef ns, Token token) {
        String key = token.name();
        String value = token.value();
        if (value == null || key.isEmpty()) {
            throw ProntoException.badData("expected key=value or a meta: directive, got '" + abbreviate(token.text()) + "'");
        }
        AddressParser parser = new AddressParser(new Scope(project, namespace, delimiter));
        byte[] bytes = base64 ? Base64Values.decode(value.getBytes(StandardCharsets.US_ASCII))
                : value.getBytes(StandardCharsets.UTF_8);
        return new StagedSegment.Write(parser.parseKeyIn(ns, key), bytes, ttlSeconds);
    }

    /** True for a directive that names another namespace than the current one. */
    private boolean switchesNamespace(Token token) {
        String value = token.value();
        return switch (token.name()) {
            case "meta:path", "meta:ns" -> value != null && !parseNamespace(value).equals(new NamespaceRef(project, namespace));
            case "meta:project" -> !project.equals(value);
            case "meta:namespace" -> !namespace.equals(value);
            default -> false;
        };
    }

    private void applyDirective(Token token) {
        String name = token.name();
        String value = token.value();
        if (name.startsWith(AuthPreamble.SECURITY_PREFIX)) {
            throw ProntoException.badData(name + " is only allowed in the preamble, before any other token");
        }
        if (value == null) {
            throw ProntoException.badData("directive " + name + " needs a value: " + name + "=...");
        }
        switch (name) {
            case "meta:path", "meta:ns" -> enter(parseNamespace(value));
            case "meta:project" -> {
                NameRules.check("project", value, delimiter);
                enter(new NamespaceRef(value, namespace));
            }
            case "meta:namespace" -> {
                NameRules.check("namespace", value, delimiter);
                enter(new NamespaceRef(project, value));
            }
            case "meta:delim" -> delimiter = Delimiter.parse(value);
            case "meta:ttl" -> setTtl(value);
            case "meta:b64" -> base64 = switch (value) {
                case "1" -> true;
                case "0" -> false;
                default -> throw ProntoException.badData("meta:b64 must be 1 or 0, got '" + abbreviate(value) + "'");
            };
            default -> throw new ProntoException(ExitCode.DATA, "unknown directive: " + name,
                    "directives: meta:path meta:ns meta:project meta:namespace meta:delim meta:ttl meta:b64");
        }
    }

    private NamespaceRef parseNamespace(String text) {
        return new AddressParser(new Scope(project, namespace, delimiter)).parseNamespace(text);
    }

    private void enter(NamespaceRef ns) {
        if (!ns.project().equals(project) || !ns.namespace().equals(namespace)) {
            ttlSeconds = null;
        }
        project = ns.project();
        namespace = ns.namespace();
    }

    private void setTtl(String value) {
        long seconds = Expiry.positive("meta:ttl", value);
        NamespaceRef ns = new NamespaceRef(project, namespace);
        if (!store.settings(ns).isCache()) {
            throw ProntoException.usage("meta:ttl is only allowed in a TTL namespace; " + ns.format(delimiter) + " is not one",
                    "declare one with 'prontodb admin create-cache " + ns.format(delimiter) + " timeout=S'");
        }
        ttlSeconds = seconds;
    }

    private ProntoException failure(ProntoException cause, int tokenNumber) {
        String report = committed.isEmpty()
                ? "nothing was committed"
                : "committed before the error: " + committed.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " key)" : " keys)"))
                        .collect(Collectors.joining(", "))
                        + "; the failing segment was rolled back";
        return new ProntoException(cause.exitCode(), "token " + tokenNumber + ": " + cause.getMessage(), report, cause);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
