package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key-value commands on a postgresql:// target start from a cache of their own, trained against the stand-in
 * server of the training run. The stand-in must lead the driver down the path a real server does: a get on a real
 * PostgreSQL, started from that cache, reads none of ProntoDB's PostgreSQL classes or the driver's from the jars, and
 * the cache holds none of SQLite's.
 */
class PostgresStartupCacheIT {
    private static final Pattern LOADED = Pattern.compile("^\\S+ (\\S+) source: (.*)$");

    @TempDir
    Path home;

    /** On the newest JDK here (an AOT cache, whose classes all load at start) and on the one running the tests. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newest JDK", "JDK running the tests"})
    void aGetOnARealServerLoadsEveryPostgresClassFromTheCacheTrainedOnTheStandIn(String jdk) throws Exception {
        Launcher pronto = new Launcher(home, Backend.POSTGRES);
        Path javaHome = StartupCaches.jdk(jdk);
        Path cache = StartupCaches.train(pronto, javaHome, "postgres");

        pronto.env.put("PRONTO_STARTUP_CACHE", "verbose");
        Result decided = pronto.run("get", "p.n.k");
        assertThat(decided.stdout()).isEqualTo("value\n");
        assertThat(decided.stderr()).startsWith("prontodb: start-up cache: using: " + cache);
        Result other = pronto.run("namespaces", "p");
        assertThat(other.stderr()).as("other commands take the general cache").startsWith("prontodb: start-up cache: ")
                .contains(".general.");
        pronto.env.remove("PRONTO_STARTUP_CACHE");

        Path log = home.resolve("classes.log");
        Result get = pronto.run(javaHome.resolve("bin/java"), null, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", StartupCaches.useCache(cache), "-Xlog:class+load=info:file=" + log,
                "-cp", Launcher.PROJECT.resolve("target/prontodb.jar").toString(), "io.prontodb.Main", "get", "p.n.k");
        assertThat(get.code()).as("%s", get).isZero();
        assertThat(get.stdout()).isEqualTo("value\n");

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("SQLite's classes, neither needed nor cached for a postgresql:// call")
                .noneMatch(line -> line.contains(" org.sqlite."));
        List<String> postgresClasses = lines.stream()
                .map(LOADED::matcher).filter(Matcher::find)
                .filter(m -> m.group(1).startsWith("org.postgresql.") || m.group(1).startsWith("io.prontodb.store.postgres."))
                .map(m -> m.group(1) + " " + m.group(2)).toList();
        assertThat(postgresClasses).as("classes of a get").anyMatch(line -> line.startsWith("org.postgresql.core."));
        Set<String> versioned = multiReleaseClasses();
        assertThat(postgresClasses).as("classes of a get read from the jars, not the cache")
                .allMatch(line -> line.contains("shared objects file") || line.contains("$$Lambda")
                        || versioned.contains(line.substring(0, line.indexOf(' '))));
    }

    /**
     * The driver's classes that a multi-release jar holds in a version directory: the JDK's cache cannot hold those
     * ("not defined from the jar as claimed"), so they are read from the jar whatever the training did.
     */
    private static Set<String> multiReleaseClasses() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> jars = Files.list(Launcher.PROJECT.resolve("target/lib"))) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("postgresql-")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(ZipEntry::getName)
                            .filter(name -> name.startsWith("META-INF/versions/") && name.endsWith(".class"))
                            .map(name -> name.substring(name.indexOf('/', "META-INF/versions/".length()) + 1))
                            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                            .forEach(names::add);
                }
            }
        }
        return names;
    }
}
