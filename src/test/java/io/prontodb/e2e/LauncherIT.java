package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/prontodb runs from any directory and through chains of symbolic links, relative ones included. */
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
}
