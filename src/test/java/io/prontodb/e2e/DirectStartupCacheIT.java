package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A get on a SQLite file, started from the direct cache, finds all of ProntoDB's and the driver's classes there: none
 * read from the jars (the entry point included), no lambda spun at run time (options included), and it never sets up
 * java.util.logging, which sqlite-jdbc's own logger factory did on every start.
 */
class DirectStartupCacheIT {
    @TempDir
    Path home;

    /** On the newest JDK here (an AOT cache) and on the one running the tests. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newest JDK", "JDK running the tests"})
    void aGetReadsNoClassFromTheJarsAndSetsUpNoLogging(String jdk) throws Exception {
        Launcher pronto = new Launcher(home, Backend.SQLITE);
        Path javaHome = StartupCaches.jdk(jdk);
        Path cache = StartupCaches.train(pronto, javaHome, "direct");

        Path log = home.resolve("classes.log");
        pronto.env.put("PRONTO_STDIN_TTY", "0");
        Result get = pronto.run(javaHome.resolve("bin/java"), null, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", StartupCaches.useCache(cache),
                "-Xlog:class+load=info:file=" + log, "-Dorg.sqlite.lib.path=" + nativeLibrary().getParent(),
                "-Dorg.sqlite.lib.name=" + nativeLibrary().getFileName(),
                "-cp", Launcher.PROJECT.resolve("target/prontodb.jar").toString(), "io.prontodb.Main",
                "-d", pronto.database().toString(), "get", "--raw", "p.n.k");
        assertThat(get.code()).as("%s", get).isZero();
        assertThat(get.stdout()).isEqualTo("value");

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("classes of a get").anyMatch(line -> line.contains(" org.sqlite.core.NativeDB source: "));
        assertThat(lines).as("classes of a get read from the jars, not the cache")
                .noneMatch(line -> line.contains(" source: file:") || line.contains(" source: jar:"));
        assertThat(lines).as("ProntoDB's and the driver's classes (lambdas included) made at run time")
                .filteredOn(line -> line.contains(" io.prontodb.") || line.contains(" org.sqlite."))
                .allMatch(line -> line.contains(" source: shared objects file"));
        assertThat(lines).as("java.util.logging set up").noneMatch(line -> line.contains(" java.util.logging."));
    }

    /** The SQLite library the build unpacked for this platform, as the launcher names it to the driver. */
    private static Path nativeLibrary() throws Exception {
        // The JDK says amd64 where the driver's directories (and bash's HOSTTYPE) say x86_64.
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        try (Stream<Path> files = Files.walk(Launcher.PROJECT.resolve("target/native"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("libsqlitejdbc."))
                    .filter(file -> file.getParent().getFileName().toString().equals(arch))
                    .filter(file -> file.getParent().getParent().getFileName().toString().equals("Linux"))
                    .findFirst().orElseThrow();
        }
    }
}
