package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The JDKs and the trained cache files that the start-up cache tests run with. */
final class StartupCaches {
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private StartupCaches() {
    }

    /** "newest JDK" (an AOT cache on JDK 24+) or "JDK running the tests" (AppCDS on JDK 17). */
    static Path jdk(String which) throws IOException {
        return which.equals("newest JDK") ? newestJdk() : Path.of(System.getProperty("java.home"));
    }

    /**
     * Gives the launcher a cache directory of its own and JAVA_HOME, stores p.n.k = value, and waits for the cache of
     * this kind (direct, postgres) that the call trained in the background.
     */
    static Path train(Launcher pronto, Path javaHome, String kind) throws IOException, InterruptedException {
        Path cacheDir = pronto.home.resolve("cache");
        pronto.env.put("XDG_CACHE_HOME", cacheDir.toString());
        pronto.env.put("JAVA_HOME", javaHome.toString());
        ok(pronto.run("set", "p.n.k", "value"));
        return awaitCache(cacheDir.resolve("prontodb"), kind);
    }

    /** The JDK with the highest major version under /usr/lib/jvm, or the one running the tests. */
    private static Path newestJdk() throws IOException {
        Path newest = Path.of(System.getProperty("java.home"));
        int newestMajor = Runtime.version().feature();
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return newest;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path candidate : homes.toList()) {
                Path release = candidate.resolve("release");
                if (!Files.isExecutable(candidate.resolve("bin/java")) || !Files.isRegularFile(release)) {
                    continue;
                }
                Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (version.find() && Integer.parseInt(version.group(1)) > newestMajor) {
                    newestMajor = Integer.parseInt(version.group(1));
                    newest = candidate;
                }
            }
        }
        return newest;
    }

    /** The cache file of this kind (direct, postgres, general) in DIR, once the background training has made it. */
    private static Path awaitCache(Path dir, String kind) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TRAINING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        assertThat(name).as("training failed").doesNotEndWith(".failed");
                        if (name.endsWith("." + kind + ".aot") || name.endsWith("." + kind + ".jsa")) {
                            return file;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + kind + " start-up cache after " + TRAINING_TIMEOUT);
    }

    /** The JVM option that starts from CACHE: an AOT cache or an AppCDS archive. */
    static String useCache(Path cache) {
        return cache.toString().endsWith(".aot") ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache;
    }
}
