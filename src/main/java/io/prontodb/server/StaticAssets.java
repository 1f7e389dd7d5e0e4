package io.prontodb.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The web page's files, read from the jar (src/main/resources/web/) once. */
final class StaticAssets {
    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private final Map<String, Asset> assets;

    StaticAssets() {
        assets = Map.copyOf(TYPES.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> new Asset(load(e.getKey()), e.getValue()))));
    }

    /** The asset at a path ({@code ""} is the page), or null. */
    Asset find(String name) {
        return assets.get(name.isEmpty() ? "index.html" : name);
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web asset missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
