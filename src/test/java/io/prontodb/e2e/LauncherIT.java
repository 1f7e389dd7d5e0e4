package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/prontodb runs from any directory and through chains of symbolic links, builds a fresh checkout quietly, and
 * builds again exactly when a source changed.
 */
class LauncherIT {
    @TempDir
    Path home;

    @Test
    void runsThroughARelativeSymlinkToAnAbsoluteSymlink() throws Exception {
        Launcher pronto = new Launcher(home);
        Path bin = Files.createDirectories(home.resolve("tools/bin"));
        Path absolute = Files.createSymbolicLink(bin.resolve("prontodb-abs"), Launcher.BIN);
        Path relative = Files.createSymbolicLink(bin.resolve("pdb"), Path.of("prontodb-abs"));

        Result set = pronto.run(relative, null, "set", "p.n.k", "through links");
        Result get = pronto.run(absolute, null, "get", "p.n.k");

        assertThat(set.code()).as(set.toString()).isZero();
        assertThat(get.stdout()).isEqualTo("through links\n");
        assertThat(get.stderr()).isEmpty();
    }

    @Test
    void buildsQuietlyOnFirstUseAndAgainWhenASourceIsEditedInPlaceOrAdded() throws Exception {
        Path checkout = home.resolve("checkout");
        copyTree(Launcher.PROJECT.resolve("src/main"), checkout.resolve("src/main"));
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(Launcher.PROJECT.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Files.copy(Launcher.BIN, checkout.resolve("bin/prontodb"), StandardCopyOption.COPY_ATTRIBUTES);
        Launcher pronto = new Launcher(home.resolve("home"));
        // the fresh HOME has no Maven repository of its own: use the one this build uses
        pronto.env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + Path.of(System.getProperty("user.home"), ".m2/repository"));

        Result version = pronto.run(checkout.resolve("bin/prontodb"), null, "version");

        assertThat(version.code()).as(version.toString()).isZero();
        assertThat(version.stderr()).isEqualTo("prontodb: building (first use or sources changed)...\n");
        assertThat(version.stdout()).startsWith("prontodb ").doesNotContain("\u001b");

        Path bin = checkout.resolve("bin/prontodb");
        assertThat(pronto.run(bin, null, "version").stderr()).as("nothing changed").isEmpty();
        assertThat(pronto.run(bin, null, "version").stderr()).as("nothing changed, from the list of sources").isEmpty();

        Path main = checkout.resolve("src/main/java/io/prontodb/Main.java");
        try (OutputStream inPlace = Files.newOutputStream(main, StandardOpenOption.APPEND)) {
            inPlace.write("// edited in place\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(pronto.run(bin, null, "version").stderr()).as("a file edited in place")
                .isEqualTo("prontodb: building (first use or sources changed)...\n");

        Path added = Files.createDirectories(checkout.resolve("src/main/resources/added"));
        Files.writeString(added.resolve("note.txt"), "x");
        assertThat(pronto.run(bin, null, "version").stderr()).as("a file added in a new directory")
                .isEqualTo("prontodb: building (first use or sources changed)...\n");
        assertThat(pronto.run(bin, null, "version").stderr()).as("nothing changed since").isEmpty();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
