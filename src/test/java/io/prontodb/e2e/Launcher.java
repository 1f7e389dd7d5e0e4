package io.prontodb.e2e;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real bin/prontodb as a process, with a fresh HOME and XDG dirs and a minimal environment. */
public final class Launcher {
    public static final Path PROJECT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    public static final Path BIN = PROJECT.resolve("bin/prontodb");

    public final Path home;
    public final Map<String, String> env = new HashMap<>();
    /** The PostgreSQL database this launcher's store lives in, or null on SQLite. */
    String postgresDatabase;

    public Launcher(Path home) {
        this(home, Backend.current);
    }

    public Launcher(Path home, Backend backend) {
        this.home = home;
        try {
            java.nio.file.Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("PATH", System.getenv("PATH"));
        if (System.getenv("JAVA_HOME") != null) {
            env.put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        // One start-up cache for the whole run, so each fresh HOME does not start a training run of its own.
        env.put("XDG_CACHE_HOME", PROJECT.resolve("target/e2e-cache").toString());
        env.put("NO_COLOR", "1");
        env.put("LANG", "C.UTF-8");
        backend.configure(this);
    }

    public Path database() {
        return home.resolve("data/prontodb/pronto.db");
    }

    public Result run(String... args) {
        return run(BIN, null, args);
    }

    public Result runWithStdin(byte[] stdin, String... args) {
        return run(BIN, stdin, args);
    }

    public Result runWithStdin(String stdin, String... args) {
        return run(BIN, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs {@code executable}; stdin null means an empty, closed stdin (not a terminal). */
    public Result run(Path executable, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> out = drain(process.getInputStream());
            CompletableFuture<byte[]> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("prontodb " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Starts bin/prontodb without waiting: stdin is the caller's to write; stdout and stderr go to the files given. */
    public Process start(Path stdout, Path stderr, String... args) {
        List<String> command = new ArrayList<>();
        command.add(BIN.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                result.complete(stream.readAllBytes());
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
