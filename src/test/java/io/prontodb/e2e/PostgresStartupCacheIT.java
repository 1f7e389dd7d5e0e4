package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key-value commands on a postgresql:// target start from a cache of their own, trained against the stand-in
 * server of the training run. The stand-in must lead the driver down the path a real server does: a get on a real
 * PostgreSQL, started from that cache, reads none of ProntoDB's PostgreSQL classes or the driver's from the jars.
 */
class PostgresStartupCacheIT {
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern LOADED = Pattern.compile("^\\S+ (\\S+) source: (.*)$");

    @TempDir
    Path home;

    @Test
    void aGetOnARealServerLoadsEveryPostgresClassFromTheCacheTrainedOnTheStandIn() throws Exception {
        Launcher pronto = new Launcher(home, Backend.POSTGRES);
        Path cacheDir = home.resolve("cache");
        pronto.env.put("XDG_CACHE_HOME", cacheDir.toString());
        Path javaHome = Path.of(System.getProperty("java.home"));
        pronto.env.put("JAVA_HOME", javaHome.toString());
        ok(pronto.run("set", "p.n.k", "value"));
        Path cache = awaitCache(cacheDir.resolve("prontodb"));

        pronto.env.put("PRONTO_STARTUP_CACHE", "verbose");
        Result decided = pronto.run("get", "p.n.k");
        assertThat(decided.stdout()).isEqualTo("value\n");
        assertThat(decided.stderr()).startsWith("prontodb: start-up cache: using: " + cache);
        Result other = pronto.run("namespaces", "p");
        assertThat(other.stderr()).as("other commands take the general cache").startsWith("prontodb: start-up cache: ")
                .contains(".general.");
        pronto.env.remove("PRONTO_STARTUP_CACHE");

        Path log = home.resolve("classes.log");
        String useCache = cache.toString().endsWith(".aot") ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache;
        Result get = pronto.run(javaHome.resolve("bin/java"), null, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", useCache, "-Xlog:class+load=info:file=" + log,
                "-jar", Launcher.PROJECT.resolve("target/prontodb.jar").toString(), "get", "p.n.k");
        assertThat(get.code()).as("%s", get).isZero();
        assertThat(get.stdout()).isEqualTo("value\n");

        List<String> postgresClasses = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(LOADED::matcher).filter(Matcher::find)
                .filter(m -> m.group(1).startsWith("org.postgresql.") || m.group(1).startsWith("io.prontodb.store.postgres."))
                .map(m -> m.group(1) + " " + m.group(2)).toList();
        assertThat(postgresClasses).as("classes of a get").anyMatch(line -> line.startsWith("org.postgresql.core."));
        assertThat(postgresClasses).as("classes of a get read from the jars, not the cache")
                .allMatch(line -> line.contains("shared objects file") || line.contains("$$Lambda"));
    }

    /** The postgres cache file, once the background training has made it. */
    private static Path awaitCache(Path dir) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(TRAINING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        assertThat(name).as("training failed").doesNotEndWith(".failed");
                        if (name.endsWith(".postgres.aot") || name.endsWith(".postgres.jsa")) {
                            return file;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no postgres start-up cache after " + TRAINING_TIMEOUT);
    }
}
