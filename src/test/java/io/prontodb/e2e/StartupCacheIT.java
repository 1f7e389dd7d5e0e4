package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every result is the same whether the launcher's two start-up caches (one for the direct-path key-value commands,
 * one for the others, picked by the command word) are absent, present, stale (the jar changed) or corrupt, and no
 * JVM log line ever reaches stdout or stderr. Runs on a private copy of the built layout, so the
 * jar can be changed, on the JDK the launcher picks and on the JDK running the tests (AOT cache or AppCDS).
 */
class StartupCacheIT {
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);
    private static final String[] DIRECT_CALL = {"keys", "cache.none"};
    private static final String[] GENERAL_CALL = {"version"};
    /** Calls whose command word the launcher must find behind options and their values. */
    private static final String[][] DIRECT_CALLS = {DIRECT_CALL, {"ls", "cache.none"}, {"--json", "keys", "cache.none"},
            {"-p", "cache", "keys", "none"}, {"--namespace=none", "keys", "cache"}, {"--", "keys", "cache.none"}};
    private static final String[][] GENERAL_CALLS = {GENERAL_CALL, {"nss"}, {"-p", "keys", "namespaces"}};

    @TempDir
    Path tmp;

    private Path jar;
    private Path cacheDir;
    private Launcher launcher;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newest JDK", "JDK running the tests"})
    void resultsAreTheSameInEveryCacheState(String jdk) throws Exception {
        Path app = copyLayout();
        jar = app.resolve("target/prontodb.jar");
        cacheDir = tmp.resolve("cache");
        launcher = new Launcher(Files.createDirectories(tmp.resolve("home")));
        launcher.env.put("XDG_CACHE_HOME", cacheDir.toString());
        launcher.env.remove("JAVA_HOME");
        if (jdk.equals("JDK running the tests")) {
            launcher.env.put("JAVA_HOME", System.getProperty("java.home"));
        }
        Path bin = app.resolve("bin/prontodb");

        assertThat(cacheDecision(bin, true, DIRECT_CALL)).startsWith("training");
        assertThat(cacheDecision(bin, true, GENERAL_CALL)).startsWith("training");
        assertCorrectResults(bin, "absent");
        Map<String, Path> caches = awaitCachesMatchingJar();
        assertThat(launcher.run(bin, null, "projects").stdout()).as("training stays out of the user's database")
                .isEqualTo("cache\n");

        for (String[] call : DIRECT_CALLS) {
            assertThat(cacheDecision(bin, true, call)).as(String.join(" ", call))
                    .isEqualTo("using: " + caches.get("direct"));
        }
        for (String[] call : GENERAL_CALLS) {
            assertThat(cacheDecision(bin, true, call)).as(String.join(" ", call))
                    .isEqualTo("using: " + caches.get("general"));
        }
        assertCorrectResults(bin, "present");

        Files.copy(Launcher.PROJECT.resolve("target/prontodb.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(cacheDecision(bin, true, DIRECT_CALL)).startsWith("training");
        assertThat(cacheDecision(bin, true, GENERAL_CALL)).startsWith("training");
        assertCorrectResults(bin, "stale");
        assertThat(awaitCachesMatchingJar()).isEqualTo(caches);

        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);
        for (Path cache : caches.values()) {
            Files.write(cache, garbage);
            Files.setLastModifiedTime(cache, Files.getLastModifiedTime(jar));
        }
        assertThat(cacheDecision(bin, false, DIRECT_CALL)).startsWith("using");
        assertThat(cacheDecision(bin, false, GENERAL_CALL)).startsWith("using");
        assertCorrectResults(bin, "corrupt");
    }

    private void assertCorrectResults(Path bin, String state) {
        byte[] value = new byte[512];
        new Random(state.hashCode()).nextBytes(value);
        String ns = "cache." + state;

        Result set = launcher.run(bin, value, "set", ns + ".blob");
        assertThat(set.code()).as(state + ": %s", set).isZero();
        assertThat(set.stdoutBytes()).as(state).isEmpty();
        assertThat(set.stderr()).as(state).isEmpty();

        Result get = launcher.run(bin, null, "get", "--raw", ns + ".blob");
        assertThat(get.code()).as(state + ": %s", get).isZero();
        assertThat(get.stdoutBytes()).as(state).isEqualTo(value);
        assertThat(get.stderr()).as(state).isEmpty();

        Result miss = launcher.run(bin, null, "get", ns + ".missing");
        assertThat(miss.code()).as(state + ": %s", miss).isEqualTo(2);
        assertThat(miss.stdoutBytes()).as(state).isEmpty();
        assertThat(miss.stderr()).as(state).isEqualTo("prontodb: error: not found: " + ns + ".missing\n");

        Result keys = launcher.run(bin, null, "keys", ns);
        assertThat(keys.code()).as(state + ": %s", keys).isZero();
        assertThat(keys.stdout()).as(state).isEqualTo("blob\n");
        assertThat(keys.stderr()).as(state).isEmpty();
    }

    /** What the launcher decided about the cache, from its verbose line (then come the JVM's own lines). */
    private String cacheDecision(Path bin, boolean jvmAcceptsCache, String... call) {
        launcher.env.put("PRONTO_STARTUP_CACHE", "verbose");
        try {
            Result result = launcher.run(bin, null, call);
            assertThat(result.code()).as("%s", result).isZero();
            List<String> stderr = result.stderr().lines().toList();
            if (jvmAcceptsCache) {
                assertThat(stderr).as("%s", result).hasSize(1);
            }
            assertThat(stderr.get(0)).startsWith("prontodb: start-up cache: ");
            return stderr.get(0).substring("prontodb: start-up cache: ".length());
        } finally {
            launcher.env.remove("PRONTO_STARTUP_CACHE");
        }
    }

    /**
     * Waits for the background training runs: the two cache files ("direct" and "general", the kind before the
     * extension) whose mtime is the jar's.
     */
    private Map<String, Path> awaitCachesMatchingJar() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TRAINING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            FileTime jarTime = Files.getLastModifiedTime(jar);
            Map<String, Path> caches = new TreeMap<>();
            if (Files.isDirectory(cacheDir.resolve("prontodb"))) {
                try (Stream<Path> files = Files.list(cacheDir.resolve("prontodb"))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        assertThat(name).as("training failed").doesNotEndWith(".failed");
                        if ((name.endsWith(".aot") || name.endsWith(".jsa"))
                                && Files.getLastModifiedTime(file).equals(jarTime)) {
                            String kind = name.substring(0, name.length() - ".aot".length());
                            caches.put(kind.substring(kind.lastIndexOf('.') + 1), file);
                        }
                    }
                }
            }
            if (caches.size() == 2) {
                assertThat(caches).containsOnlyKeys("direct", "general");
                return caches;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no start-up caches after " + TRAINING_TIMEOUT);
    }

    /**
     * A source-tree layout without sources: bin/prontodb, pom.xml (older than the jar, so nothing is rebuilt) and the
     * built jar copied, so the test may change them; libraries and native code linked.
     */
    private Path copyLayout() throws IOException {
        Path app = tmp.resolve("app");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("target"));
        Files.copy(Launcher.BIN, app.resolve("bin/prontodb"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Launcher.PROJECT.resolve("pom.xml"), app.resolve("pom.xml"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Launcher.PROJECT.resolve("target/prontodb.jar"), app.resolve("target/prontodb.jar"));
        for (String dir : List.of("lib", "native")) {
            Files.createSymbolicLink(app.resolve("target").resolve(dir), Launcher.PROJECT.resolve("target").resolve(dir));
        }
        return app;
    }
}
