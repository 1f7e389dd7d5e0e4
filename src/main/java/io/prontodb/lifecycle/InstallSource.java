package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What install copies: the jar, its libraries ({@code lib/}), the unpacked SQLite native library
 * ({@code native/}) and the launcher script. In a source tree they are {@code target/*} and {@code bin/prontodb};
 * in an installed copy, all beside the jar.
 */
public record InstallSource(Path jar, Path libDir, Path nativeDir, Path launcher) {

    /** The files around the running jar. */
    public static InstallSource around(Path jar) {
        Path dir = jar.toAbsolutePath().getParent();
        if (!jar.getFileName().toString().endsWith(".jar") || !Files.isDirectory(dir.resolve("lib"))) {
            throw new ProntoException(ExitCode.ERROR, "install needs a built prontodb, not " + jar,
                    "run it through the launcher: bin/prontodb install");
        }
        Path launcher = Files.isRegularFile(dir.resolve("bin/prontodb")) ? dir.resolve("bin/prontodb")
                : dir.resolveSibling("bin").resolve("prontodb");
        if (!Files.isRegularFile(launcher)) {
            throw new ProntoException(ExitCode.ERROR, "cannot find the launcher script next to " + jar);
        }
        return new InstallSource(jar.toAbsolutePath(), dir.resolve("lib"), dir.resolve("native"), launcher);
    }
}
