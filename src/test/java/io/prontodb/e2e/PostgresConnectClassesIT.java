package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache's training loads the classes of a PostgreSQL login by name, from a list (it has no server to
 * log in to). A call on a postgresql:// target must load no driver class outside that list, or it reads and
 * verifies it from the jar on every call. With {@code -Dprontodb.writeConnectClasses=true} the test rewrites the
 * list from what the call loaded, JDK classes included, on the JDK running the tests (run it on the newest).
 */
class PostgresConnectClassesIT {
    private static final Path LIST =
            Launcher.PROJECT.resolve("src/main/resources/io/prontodb/store/postgres/connect-classes.txt");
    /** A class read from a jar or the JDK's modules; not one generated at run time (lambdas, method handles). */
    private static final Pattern LOADED_FROM_FILE = Pattern.compile("^\\S+ (\\S+) source: (jrt:/|file:)\\S+");

    @TempDir
    Path home;

    @Test
    void everyDriverClassOfAGetIsInTheTrainingList() throws IOException {
        Launcher pronto = new Launcher(home, Backend.POSTGRES);
        ok(pronto.run("set", "p.n.k", "value"));
        Path log = home.resolve("classes.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Result get = pronto.run(java, null, "-Xlog:class+load=info:file=" + log, "-jar",
                Launcher.PROJECT.resolve("target/prontodb.jar").toString(), "get", "p.n.k");
        assertThat(get.code()).as("%s", get).isZero();
        assertThat(get.stdout()).isEqualTo("value\n");

        Set<String> loaded = new TreeSet<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED_FROM_FILE.matcher(line);
            if (m.find() && !m.group(1).startsWith("io.prontodb.")) {
                loaded.add(m.group(1));
            }
        }
        if (Boolean.getBoolean("prontodb.writeConnectClasses")) {
            Files.write(LIST, loaded, StandardCharsets.UTF_8);
        }
        List<String> listed = Files.readAllLines(LIST, StandardCharsets.UTF_8);
        assertThat(loaded).as("driver classes loaded by a get").anyMatch(name -> name.startsWith("org.postgresql."));
        assertThat(loaded.stream().filter(name -> name.startsWith("org.postgresql.")))
                .as("rerun with -Dprontodb.writeConnectClasses=true to refresh " + LIST)
                .allMatch(listed::contains);
    }
}
