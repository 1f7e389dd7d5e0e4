package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real {@code prontodb serve} process on a free loopback port, with an admin API key, and an HTTP client. */
public final class Server implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving .* on (https?://[0-9.]+:[0-9]+)");

    public final Launcher prontodb;
    public final String url;
    public final String adminKey;
    public final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Server(Launcher prontodb, Process process, String url, String adminKey, Path log) {
        this.prontodb = prontodb;
        this.process = process;
        this.url = url;
        this.adminKey = adminKey;
        this.log = log;
    }

    /** Creates an admin API key, then starts the server with {@code flags} and waits until it listens. */
    public static Server start(Launcher prontodb, String... flags) {
        Result key = prontodb.run("admin", "create-apikey", "admin");
        assertThat(key.code()).as(key.toString()).isZero();
        Path log = prontodb.home.resolve("serve-" + System.nanoTime() + ".log");
        List<String> args = new ArrayList<>(List.of("serve", "--listen", "127.0.0.1:0"));
        args.addAll(List.of(flags));
        Process process = prontodb.start(prontodb.home.resolve("serve.out"), log, args.toArray(String[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(read(log));
            if (m.find()) {
                return new Server(prontodb, process, m.group(1), key.stdout().strip(), log);
            }
            if (!process.isAlive()) {
                throw new AssertionError("serve exited " + process.exitValue() + ": " + read(log));
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("serve did not start in 60 s: " + read(log));
    }

    public int port() {
        return URI.create(url).getPort();
    }

    public HttpResponse<byte[]> send(String method, String path, String key, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public HttpResponse<byte[]> get(String path) {
        return send("GET", path, adminKey, null);
    }

    public HttpResponse<byte[]> put(String path, String body, String... headers) {
        return send("PUT", path, adminKey, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Asserts the server still answers. */
    public void assertServing() {
        HttpResponse<byte[]> health = send("GET", "/v1/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(text(health)).isEqualTo("{\"status\":\"ok\"}");
    }

    public String log() {
        return read(log);
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, then waits: returns the exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("serve did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
